<#ftl output_format="HTML">
<#-- Generated: every program we list, by state, and the finder that narrows them in place (js/finder.js;
     without script, the index's filter pages do it). -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<#import "macros/indexes.ftl" as indexes>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<p class="hit-count">${content.count_text}.</p>
<div id="program-list">
<#list content.state_groups as g>
<h2>${g.name}</h2>
<@indexes.schoolList g.items true/>
</#list>
</div>
<script src="${content.rootpath}js/finder.js" defer></script>
<h2 id="check-a-program">Check a program yourself</h2>
<@c.cahiimWayOn/>
</@layout.page>
