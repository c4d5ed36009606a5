<#ftl output_format="HTML">
<#global pp = planpress?first>
<#assign m = pp.msg[pp.site.ui_lang]>
<!DOCTYPE html>
<html lang="${pp.site.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${m["notfound.title"]} · ${pp.site.title}</title>
<#-- Self-contained: this page is served for missing URLs at any depth, where relative links cannot be trusted. -->
<style>body{font:1.05rem/1.6 system-ui,sans-serif;color:#1a1a1a;background:#fff;max-width:40rem;margin:3rem auto;padding:0 1rem}a{color:#0b5394}</style>
</head>
<body>
<main id="main">
<h1>${m["notfound.title"]}</h1>
<p>${m["notfound.text"]}</p>
<p><a href="index.html">${m["notfound.back"]}</a></p>
</main>
</body>
</html>
