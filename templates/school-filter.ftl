<#ftl output_format="HTML">
<#-- A generated page: the school programs of one state, one delivery mode or one credential. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<#import "macros/indexes.ftl" as indexes>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<p class="hit-count">${content.count_text}. Each page links to the evidence of its accreditation and says when our editors read it.</p>
<@indexes.schoolList content.items/>
<p><a href="${content.rootpath}schools/index.html">All the programs we list, and the filters</a></p>
</@layout.page>
