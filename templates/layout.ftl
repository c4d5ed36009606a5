<#ftl output_format="HTML">
<#-- The page frame every PlanPress page shares: skip link, header with navigation and search, footer. -->
<#macro page title root lang m bodyClass="">
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${pp.site.title}</title>
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${root}css/planpress.css">
<link rel="stylesheet" href="${root}css/search.css">
</head>
<body class="${bodyClass}" data-root="${root}" data-lang="${lang}">
<a class="pp-skip" href="#main">${m["skip"]}</a>
<header class="pp-header">
  <div class="pp-header-inner">
    <a class="pp-brand" href="${root}index.html"<#if lang != pp.site.lang> lang="${pp.site.lang}"</#if>>${pp.site.title}</a>
    <nav class="pp-nav" aria-label="${m["nav.label"]}">
      <ul>
        <li><a href="${root}index.html">${m["nav.plans"]}</a></li>
        <li><a href="${root}people.html">${m["nav.people"]}</a></li>
        <li><a href="${root}calendar.html">${m["nav.calendar"]}</a></li>
        <li><a href="${root}terms.html">${m["nav.terms"]}</a></li>
        <#if pp.site.help?has_content><li><a href="${root}${pp.site.help}"<#if bodyClass == "pp-help-page"> aria-current="page"</#if>>${m["nav.help"]}</a></li></#if>
      </ul>
    </nav>
    <form class="pp-search" role="search" aria-label="${m["search.region"]}" action="${root}search.html" method="get" data-none="${m["search.none"]}" data-more="${m["search.more"]}"
      data-kind-plan="${m["search.kind.plan"]}" data-kind-section="${m["search.kind.section"]}" data-kind-person="${m["search.kind.person"]}" data-kind-stage="${m["search.kind.stage"]}">
      <label class="pp-visually-hidden" id="pp-q-label" for="pp-q">${m["search.label"]}</label>
      <#-- an ARIA 1.2 combobox (a text input: HTML allows the role there, not on type=search): the results are its
           listbox, each result link an option; the focus stays in the box and the arrows move aria-activedescendant (search.js) -->
      <input id="pp-q" name="q" type="text" enterkeyhint="search" placeholder="${m["search.placeholder"]}" autocomplete="off" aria-describedby="pp-q-hint"
        role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="pp-results">
      <span id="pp-q-hint" class="pp-visually-hidden">${m["search.hint"]}</span>
      <div id="pp-results" class="pp-results" role="listbox" aria-label="${m["search.results"]}" hidden></div>
    </form>
  </div>
</header>
<main id="main" tabindex="-1">
<#nested>
</main>
<footer class="pp-footer"><p>${m["footer.made"]}</p></footer>
<script src="${root}js/planpress.js"></script>
<script src="${root}js/search.js"></script>
</body>
</html>
</#macro>
