<#ftl output_format="HTML">
<#-- Generated. Without JavaScript the form still leads here and the page offers the indexes;
     with it, search.js loads the search library and documents only on this page. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page reviewed=false>
<h1>${content.title}</h1>
<@c.lede/>
<form class="hit-search hit-search--page" role="search" action="search.html" method="get">
<label class="hit-search__title" for="search-query">Search for a course, credential, program or term</label>
<input id="search-query" name="q" type="search" autocomplete="off">
<button type="submit">Search</button>
</form>
<div id="search-results" aria-live="polite"></div>
<section class="hit-search-browse" aria-labelledby="browse">
<h2 id="browse">Browse instead</h2>
<p>Search needs JavaScript. The guide's pages are also reachable from these indexes:</p>
<ul class="hit-list">
<#list site.nav as item><#if item.uri != "index.html"><li><a href="${content.rootpath}${item.uri}">${item.title}</a></li></#if></#list>
<li><a href="${content.rootpath}whats-new.html">The guide's written pages, most recently reviewed first</a></li>
</ul>
</section>
<script src="${content.rootpath}js/search.js" defer></script>
</@layout.page>
