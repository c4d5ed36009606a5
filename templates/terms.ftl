<#ftl output_format="HTML">
<#global pp = planpress?first>
<#import "layout.ftl" as l>
<#assign m = pp.msg[pp.site.ui_lang]>
<@l.page title=m["terms.title"] root=content.rootpath lang=pp.site.lang m=m bodyClass="pp-terms-page">
<h1>${m["terms.title"]}</h1>
<p class="pp-lead">${m["terms.intro"]}</p>
<dl class="pp-terms">
<#list pp.terms as t>
  <dt id="${t.id}" lang="${t.uses[0].plan_lang!pp.site.lang}">${t.term}</dt>
  <dd><ul><#list t.uses as u><li><a href="${content.rootpath}${u.url}" lang="${u.plan_lang!pp.site.lang}">${u.plan_title} › ${u.section_title}</a></li></#list></ul></dd>
</#list>
</dl>
</@l.page>
