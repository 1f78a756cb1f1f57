<#ftl output_format="HTML">
<#-- Generated: every page, most recently reviewed first. The Atom feed carries the same list. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<p>Follow updates in a feed reader with the <a href="${content.rootpath}feed.xml">Atom feed</a>.</p>
<ol class="hit-list">
<#list content.items as item>
<li><time datetime="${item.updated}">${item.updated_display}</time>: <a href="${content.rootpath}${item.uri}">${item.title}</a></li>
</#list>
</ol>
</@layout.page>
