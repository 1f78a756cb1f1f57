<#ftl output_format="HTML">
<#-- Generated: one state's page. Every state has one, so a reader always has a way on. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<#import "macros/indexes.ftl" as indexes>
<@layout.page>
<#assign root = content.rootpath>
<h1>${content.title}</h1>
<#if content.items?has_content>
<p class="hit-lede">We list ${content.count_text} in ${content.state_name} whose evidence states CAHIIM accreditation. Each line says what the evidence is and how old.</p>
<#else>
<p class="hit-lede">We have not verified a program in ${content.state_name} yet. That does not mean there is none: CAHIIM's directory lists every accredited program.</p>
</#if>
<@c.contents/>
<#if content.items?has_content>
<h2 id="in-state">Programs we list in ${content.state_name}</h2>
<@indexes.schoolList content.items/>
</#if>
<h2 id="find-more">Find every accredited program in ${content.state_name}</h2>
<@c.cahiimWayOn/>
<#if content.online_elsewhere?has_content>
<h2 id="online">Programs taught online in other states</h2>
<p>These programs say they can be taken online. The evidence we read does not say whether they take students from ${content.state_name}, or where you would do the supervised placement, so ask the college.</p>
<@indexes.schoolList content.online_elsewhere/>
</#if>
<h2 id="pay">Pay in ${content.state_name}</h2>
<p>The BLS publishes jobs and pay by occupation for each state. Its <a href="${content.bls_state_table}">table for ${content.state_name}, May 2023</a> lists medical records specialists under code 29-2072; it was the last year BLS published a page per state, and newer years are in its data tool.</p>
<p><a href="${root}schools/index.html">All programs and filters</a></p>
</@layout.page>
