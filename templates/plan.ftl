<#ftl output_format="HTML">
<#global pp = planpress?first>
<#import "layout.ftl" as l>
<#assign plan = pp.plans_by_id[content.plan_id]>
<#assign m = pp.msg[plan.ui_lang]>
<@l.page title=plan.title root=content.rootpath lang=plan.lang m=m bodyClass="pp-plan-page">
<article class="pp-plan">
  <header class="pp-titleblock">
    <h1>${plan.title}</h1>
    <p class="pp-meta">
      <#if plan.issuer?has_content><span class="pp-issuer">${m["plan.issuer"]}${m["colon"]}${plan.issuer}</span></#if>
      <span class="pp-year">${m["plan.year"]}${m["colon"]}<#if plan.year?has_content>${plan.year}<#else>${m["index.noyear"]}</#if></span>
      <#if content["plan-number"]?has_content><span class="pp-number">${m["plan.number"]}${m["colon"]}${content["plan-number"]}</span></#if>
      <#if content["plan-date"]?has_content><span class="pp-date">${m["plan.date"]}${m["colon"]}${content["plan-date"]}</span></#if>
    </p>
    <#if plan.description?has_content><p class="pp-description">${plan.description}</p></#if>
    <#if pp.site.pdf>
    <nav class="pp-downloads" aria-label="${m["plan.downloads"]}">
      <#if pp.site.pdf_editions?seq_contains("a4")><a href="${content.rootpath}${plan.pdf}" download>${m["plan.pdf"]}</a></#if>
      <#if pp.site.pdf_editions?seq_contains("a3")><a href="${content.rootpath}${plan.pdf_a3}" download>${m["plan.pdf_a3"]}</a></#if>
      <#if pp.site.pdf_editions?seq_contains("summary")><a href="${content.rootpath}${plan.pdf_summary}" download>${m["plan.pdf_summary"]}</a></#if>
    </nav>
    </#if>
  </header>
  <#if plan.sections?has_content>
  <nav class="pp-toc" aria-labelledby="pp-toc-title">
    <h2 id="pp-toc-title">${m["plan.toc"]}</h2>
    <ol>
    <#list plan.sections as s><#if s.level lte 2>
      <li class="pp-toc-l${s.level}"><a href="#${s.id}">${s.title}</a></li>
    </#if></#list>
    </ol>
  </nav>
  </#if>
  <div class="pp-body" lang="${plan.lang}">
${content.body?no_esc}
  </div>
</article>
</@l.page>
