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
    <span class="pp-name"<#if person.lang?has_content> lang="${person.lang}"</#if>>${person.name}</span>
    <ul>
    <#list person.roles as r>
      <#assign rl = r.plan_lang!pp.site.lang>
      <li class="pp-kind-${r.kind}"><a href="${content.rootpath}${r.url}" lang="${rl}">${r.plan_title}</a>${m["colon"]}<span lang="${rl}">${r.role}<#if r.position?has_content>${pp.msg[r.plan_ui_lang]["paren.open"]}${r.position}${pp.msg[r.plan_ui_lang]["paren.close"]}</#if></span></li>
    </#list>
    </ul>
  </li>
</#list>
</ul>
</@l.page>
