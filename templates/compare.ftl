<#ftl output_format="HTML">
<#global pp = planpress?first>
<#import "layout.ftl" as l>
<#assign m = pp.msg[pp.site.ui_lang]>
<#assign kind = pp.kinds?filter(k -> k.key == content.kind)?first>
<@l.page title=m["compare.title"] + m["colon"] + kind.label root=content.rootpath lang=pp.site.lang m=m bodyClass="pp-compare-page">
<h1>${m["compare.title"]}${m["colon"]}${kind.label}</h1>
<p class="pp-lead">${m["compare.intro"]}</p>
<nav class="pp-compare-kinds" aria-label="${m["compare.title"]}"><ul>
<#list pp.kinds as k><li><#if k.key == kind.key><strong aria-current="page">${k.label}</strong><#else><a href="${k.key}.html">${k.label}</a></#if></li></#list>
</ul></nav>
<div class="pp-columns">
<#list kind.sections as s>
  <section class="pp-column" aria-labelledby="c-${s?index}" lang="${s.plan_lang!pp.site.lang}">
    <h2 id="c-${s?index}"><a href="${content.rootpath}${s.url}">${s.plan_title} › ${s.section_title}</a></h2>
    <div class="pp-body">${s.html?no_esc}</div>
  </section>
</#list>
</div>
</@l.page>
