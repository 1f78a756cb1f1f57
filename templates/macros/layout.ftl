<#ftl output_format="HTML">
<#--
  The one layout: writes the whole document around a page's main content.
  Every page template calls <@layout.page> exactly once; no other file opens or closes these tags.
-->
<#macro page>
<#assign root = content.rootpath>
<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title><#if content.type == "home">${site.name}: ${content.title}<#else>${content.title} | ${site.name}</#if></title>
<meta name="description" content="${content.description}">
<link rel="stylesheet" href="${root}css/site.css">
</head>
<body class="hit-page hit-page--${content.type}">
<a class="hit-skip-link" href="#main-content">Skip to main content</a>
<header class="hit-header">
<div class="hit-width hit-header__inner">
<a class="hit-header__brand" href="${root}index.html">${site.name}</a>
<nav class="hit-nav" aria-label="Primary">
<ul class="hit-nav__list">
<#list site.nav as item>
<li class="hit-nav__item"><a class="hit-nav__link" href="${root}${item.uri}"<#if item.uri == content.uri> aria-current="page"</#if>>${item.title}</a></li>
</#list>
</ul>
</nav>
</div>
</header>
<div class="hit-width">
<#if (content.breadcrumbs![])?has_content>
<nav class="hit-breadcrumbs" aria-label="Breadcrumb">
<ol class="hit-breadcrumbs__list">
<#list content.breadcrumbs as crumb>
<li class="hit-breadcrumbs__item"><a class="hit-breadcrumbs__link" href="${root}${crumb.uri}">${crumb.title}</a></li>
</#list>
<li class="hit-breadcrumbs__item" aria-current="page">${content.title}</li>
</ol>
</nav>
</#if>
<main id="main-content" class="hit-main" tabindex="-1">
<#nested>
</main>
</div>
<footer class="hit-footer">
<div class="hit-width">
<p class="hit-footer__text">${site.name} is an independent guide for people who want to become health information technicians. Every figure links to its source and says how far it has been checked.</p>
<p class="hit-footer__text"><a class="hit-footer__link" href="${root}about.html">About HIT Path and how we check facts</a></p>
</div>
</footer>
</body>
</html>
</#macro>
