<#ftl output_format="HTML">
<#global pp = planpress?first>
<#assign m = pp.msg[pp.site.ui_lang]>
<#-- Self-contained: this page is served for missing URLs at any depth, where relative links cannot be trusted.
     With site.host its links are absolute paths on the server (site.host's path); without it, the script below
     finds the site's root by asking for favicon.svg in each folder above the missing URL, nearest first. -->
<!DOCTYPE html>
<html lang="${pp.site.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${m["notfound.title"]} · ${pp.site.title}</title>
<link rel="icon" href="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%2032%2032'%3E%3Crect%20x='3'%20y='5'%20width='26'%20height='24'%20rx='4'%20fill='%230b5394'/%3E%3Crect%20x='7'%20y='11'%20width='18'%20height='14'%20rx='1.5'%20fill='%23fff'/%3E%3C/svg%3E">
<style>body{font:1.05rem/1.6 system-ui,sans-serif;color:#1a1a1a;background:#fff;max-width:40rem;margin:3rem auto;padding:0 1rem}a{color:#0b5394}</style>
</head>
<body>
<main id="main">
<h1>${m["notfound.title"]}</h1>
<p>${m["notfound.text"]}</p>
<p><a id="pp-home" href="${pp.site.host_path}index.html">${m["notfound.back"]}</a></p>
</main>
<#if !pp.site.host_path?has_content>
<script>
(function () {
  var home = document.getElementById('pp-home');
  if (location.protocol === 'file:' || !window.fetch) return;
  var parts = location.pathname.split('/');
  parts.pop();
  (function next() {
    if (!parts.length) return;
    var dir = parts.join('/') + '/';
    parts.pop();
    fetch(dir + 'favicon.svg', { method: 'HEAD' }).then(function (r) {
      if (r.ok) home.href = dir + 'index.html'; else next();
    }, next);
  })();
})();
</script>
</#if>
</body>
</html>
