<#ftl output_format="HTML">
<#-- Generated: the glossary terms of one range of letters. The glossary page lists every term and links here. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<#import "macros/career.ftl" as career>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<@c.siblings "Glossary pages" content.ranges "Every term on one list"/>
<@career.glossaryTerms content.terms/>
</@layout.page>
