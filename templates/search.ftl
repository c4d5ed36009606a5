<#ftl output_format="HTML">
<#global pp = planpress?first>
<#import "layout.ftl" as l>
<#assign m = pp.msg[pp.site.ui_lang]>
<@l.page title=m["nav.search"] root=content.rootpath lang=pp.site.lang m=m bodyClass="pp-search-page">
<h1 id="pp-search-title">${m["nav.search"]}</h1>
<form class="pp-search-full" role="search" aria-labelledby="pp-search-title" action="search.html" method="get">
  <label for="pp-q2">${m["search.label"]}</label>
  <input id="pp-q2" name="q" type="search" autocomplete="off" aria-controls="pp-page-results">
</form>
<div id="pp-page-results" class="pp-page-results" aria-live="polite"></div>
</@l.page>
