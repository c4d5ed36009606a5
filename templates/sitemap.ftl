<#ftl output_format="XML">
<#global pp = planpress?first>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>${config.site_host!""}index.html</loc></url>
<#list pp.plans as p>
<url><loc>${config.site_host!""}${p.url}</loc></url>
</#list>
<#list pp.pages as pg>
<url><loc>${config.site_host!""}${pg.uri}</loc></url>
</#list>
</urlset>
