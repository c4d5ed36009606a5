<#ftl output_format="XML">
<#-- Written only when site.host is set (the bake skips it otherwise): the sitemaps.org schema wants absolute
     locations (the site model's loc values, percent-encoded). A plan's lastmod is its source file's; the
     site-wide pages show every plan: the latest of them. -->
<#global pp = planpress?first>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>${pp.site.loc}</loc><#if pp.site.lastmod?has_content><lastmod>${pp.site.lastmod}</lastmod></#if></url>
<#list pp.plans as p>
<url><loc>${p.loc}</loc><#if p.lastmod?has_content><lastmod>${p.lastmod}</lastmod></#if></url>
</#list>
<#list pp.pages as pg>
<url><loc>${pg.loc}</loc><#if pp.site.lastmod?has_content><lastmod>${pp.site.lastmod}</lastmod></#if></url>
</#list>
<#if pp.site.help?has_content>
<url><loc>${pp.site.host}${pp.site.help}</loc><#if pp.site.lastmod?has_content><lastmod>${pp.site.lastmod}</lastmod></#if></url>
</#if>
</urlset>
