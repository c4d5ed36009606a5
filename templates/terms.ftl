<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign m = planpress.msg[planpress.site.ui_lang]>
<@l.page title=m["terms.title"] root=content.rootpath lang=planpress.site.lang m=m bodyClass="pp-terms-page">
<h1>${m["terms.title"]}</h1>
<p class="pp-lead">${m["terms.intro"]}</p>
<dl class="pp-terms">
<#list planpress.terms as t>
  <dt id="${t.id}">${t.term}</dt>
  <dd><ul><#list t.uses as u><li><a href="${content.rootpath}${u.url}">${u.plan_title} › ${u.section_title}</a></li></#list></ul></dd>
</#list>
</dl>
</@l.page>
