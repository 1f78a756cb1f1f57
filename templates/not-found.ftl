<#ftl output_format="HTML">
<#-- Generated 404 page. Static hosts serve it at any missing address, so every link starts from the site root path. -->
<#import "macros/layout.ftl" as layout>
<@layout.page reviewed=false>
<h1>${content.title}</h1>
<p class="hit-lede">We could not find that page. It may have moved, or the address may have a typo.</p>
<ul class="hit-list">
<li><a href="${content.rootpath}index.html">The home page</a></li>
<#list site.nav as item><li><a href="${content.rootpath}${item.uri}">${item.title}</a></li></#list>
<li><a href="${content.rootpath}search.html">Search the guide</a></li>
<li><a href="${content.rootpath}whats-new.html">The guide's written pages, most recently reviewed first</a></li>
</ul>
</@layout.page>
