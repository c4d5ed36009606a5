<#ftl output_format="HTML">
<#global pp = planpress?first>
<#import "layout.ftl" as l>
<#assign m = pp.msg[pp.site.ui_lang]>
<@l.page title=m["index.title"] root="" lang=pp.site.lang m=m bodyClass="pp-index-page">
<h1>${m["index.title"]}</h1>
<p class="pp-lead">${m["index.intro"]}</p>
<ul class="pp-plan-list">
<#list pp.plans as p>
  <li class="pp-plan-card">
    <h2 lang="${p.lang}"><a href="${p.url}">${p.title}</a></h2>
    <p class="pp-meta">
      <#if p.issuer?has_content><span class="pp-issuer">${m["index.issuer"]}${m["colon"]}<span lang="${p.lang}">${p.issuer}</span></span></#if>
      <span class="pp-year">${m["index.year"]}${m["colon"]}<#if p.year?has_content>${p.year}<#else>${m["index.noyear"]}</#if></span>
    </p>
    <#if p.description?has_content><p class="pp-description" lang="${p.lang}">${p.description}</p></#if>
  </li>
</#list>
</ul>
<#if pp.kinds?has_content>
<section class="pp-compare-index" aria-labelledby="pp-compare-title">
  <h2 id="pp-compare-title">${m["compare.title"]}</h2>
  <ul><#list pp.kinds as k><li><a href="${k.url}">${k.label}</a>${m["paren.open"]}${k.plan_count}${m["paren.close"]}</li></#list></ul>
</section>
</#if>
</@l.page>
