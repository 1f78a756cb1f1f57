<#ftl output_format="HTML">
<#-- Generated: one part of the credential comparison, linked from the credential index. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<#import "macros/indexes.ftl" as indexes>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<@c.siblings "Comparisons" content.comparisons "Every credential, by organisation and specialty"/>
<p>Each figure's numbered note, under the table, gives its source, its date and how far it is checked. A dash means we found no reliable figure: check the credential's page and its organisation.</p>
<@indexes.comparisonTable/>
</@layout.page>
