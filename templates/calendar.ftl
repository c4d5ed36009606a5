<#ftl output_format="HTML">
<#global pp = planpress?first>
<#import "layout.ftl" as l>
<#assign m = pp.msg[pp.site.ui_lang]>
<@l.page title=m["calendar.title"] root=content.rootpath lang=pp.site.lang m=m bodyClass="pp-calendar-page">
<h1>${m["calendar.title"]}</h1>
<p class="pp-lead">${m["calendar.intro"]}</p>
<#list pp.calendar as g>
<section class="pp-calendar-group" id="${g.id}" aria-labelledby="${g.id}-title">
  <h2 id="${g.id}-title"><#if g.year?has_content>${g.year}<#else>${m["calendar.noyear"]}</#if></h2>
  <div class="pp-timeline-svg">${g.svg?no_esc}</div>
  <table class="pp-stage-table">
    <thead><tr><th scope="col">${m["calendar.plan"]}</th><th scope="col">${m["timeline.stage"]}</th><th scope="col">${m["timeline.period"]}</th><th scope="col">${m["timeline.dates"]}</th></tr></thead>
    <tbody>
    <#list g.stages as s>
      <#assign sl = s.plan_lang!pp.site.lang>
      <tr class="pp-stage<#if s.approximate> pp-approximate</#if><#if s.tentative> pp-tentative</#if>" data-start="${s.data_start}" data-end="${s.data_end}">
        <td><a href="${content.rootpath}plans/${s.plan_id}.html" lang="${sl}">${s.plan_title}</a></td>
        <td><a href="${content.rootpath}${s.url}" lang="${sl}">${s.name}</a><span class="pp-now" hidden> ${m["timeline.current"]}</span></td>
        <td lang="${sl}">${s.period}</td>
        <td><#if s.start?has_content><#if s.approximate>≈ </#if>${s.start} – ${s.end}</#if><#if s.tentative> <span class="pp-tentative-mark">${m["timeline.tentative"]}</span></#if></td>
      </tr>
    </#list>
    </tbody>
  </table>
</section>
</#list>
</@l.page>
