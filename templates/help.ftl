<#ftl output_format="HTML">
<#-- The authoring guide (docs/authoring.adoc) as the site's help page: converted like a plan, framed like the index. -->
<#global pp = planpress?first>
<#import "layout.ftl" as l>
<#assign m = pp.msg[pp.site.ui_lang]>
<@l.page title=content.title root="" lang=pp.site.lang m=m bodyClass="pp-help-page">
<article class="pp-help" lang="${content.lang}"><h1>${content.title}</h1><div class="pp-body">${content.body?no_esc}</div></article>
</@l.page>
