<#ftl output_format="HTML">
<#--
  The one layout: writes the whole document around a page's main content, then the page's sources
  and its review dates. Every page template calls <@layout.page> exactly once; no other file opens or
  closes these tags. Pages without review dates (search, the 404 page, editors' pages) pass reviewed=false.
-->
<#import "components.ftl" as c>
<#macro page reviewed=true>
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
<#if content.noindex!false><meta name="robots" content="noindex">
</#if>
<link rel="canonical" href="${content.canonical}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="${site.name}">
<meta property="og:title" content="${content.title}">
<meta property="og:description" content="${content.description}">
<meta property="og:url" content="${content.canonical}">
<#-- Feed readers look for the feed on the home page; the footer links it from every page. -->
<#if content.uri == "index.html" || content.uri == "whats-new.html"><link rel="alternate" type="application/atom+xml" title="${site.name}: what's new" href="${root}feed.xml">
</#if>
<link rel="icon" type="image/png" href="${root}favicon.png">
<link rel="stylesheet" href="${root}css/site.css">
<#-- The build links here the component sheets this page's markup uses (render/Stylesheets). -->
<!--hit:sheets-->
<#list content.json_ld as block>
<#-- JSON-LD is data, not script: the build writes it with <, > and & escaped, so it needs no HTML escaping. -->
<script type="application/ld+json"><#outputformat "plainText">${block}</#outputformat></script>
</#list>
</head>
<body class="hit-page hit-page--${content.type}">
<a class="hit-skip-link" href="#main-content">Skip to main content</a>
<header class="hit-header">
<div class="hit-width hit-header__inner">
<a class="hit-header__brand" href="${root}index.html">${site.name}</a>
<form class="hit-search" role="search" action="${root}search.html" method="get">
<label for="site-search">Search</label>
<input id="site-search" name="q" type="search" autocomplete="off">
<button type="submit">Go</button>
</form>
<#-- The section the page is (aria-current="page") or lies within ("true"); worked out in model.Sections. -->
<nav class="hit-nav" aria-label="Primary">
<ul>
<#list site.nav as item>
<li><a href="${root}${item.uri}"<#if item.uri == content.nav_section> aria-current="${content.nav_current}"</#if>>${item.title}</a></li>
</#list>
</ul>
</nav>
</div>
</header>
<div class="hit-width">
<#if (content.breadcrumbs![])?has_content>
<nav class="hit-breadcrumbs" aria-label="Breadcrumb">
<ol>
<#list content.breadcrumbs as crumb>
<li><a href="${root}${crumb.uri}">${crumb.title}</a></li>
</#list>
</ol>
</nav>
</#if>
<main id="main-content" class="hit-main" tabindex="-1">
<#nested>
<@c.sources/>
<#if reviewed><@c.reviewed/></#if>
</main>
</div>
<footer class="hit-footer">
<div class="hit-width">
<p>${site.name} is an independent guide to becoming a health information technician.</p>
<ul>
<#list site.career as item><li><a href="${root}${item.uri}">${item.title}</a></li></#list>
<li><a href="${root}about.html">About HIT Path and how we check facts</a></li>
<li><a href="${root}whats-new.html">What's new</a></li>
<li><a href="${root}feed.xml">Atom feed</a></li>
</ul>
</div>
</footer>
</body>
</html>
</#macro>
