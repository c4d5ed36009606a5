<#ftl output_format="HTML">
<#global pp = planpress?first>
<#import "layout.ftl" as l>
<#assign m = pp.msg[pp.site.ui_lang]>
<@l.page title=m["people.title"] root=content.rootpath lang=pp.site.lang m=m bodyClass="pp-people-page">
<h1>${m["people.title"]}</h1>
<p class="pp-lead">${m["people.intro"]}</p>
<ul class="pp-people-index">
<#list pp.people as person>
  <li id="${person.id}" class="pp-person">
    <span class="pp-name">${person.name}</span>
    <ul>
    <#list person.roles as r>
      <li class="pp-kind-${r.kind}"><a href="${content.rootpath}${r.url}">${r.plan_title}</a>: ${r.role}<#if r.position?has_content> (${r.position})</#if></li>
    </#list>
    </ul>
  </li>
</#list>
</ul>
</@l.page>
