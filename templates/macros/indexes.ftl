<#ftl output_format="HTML">
<#-- The generated parts of the credential and school indexes, and the credential comparison. -->
<#import "components.ftl" as c>

<#macro credentialIndex>
<#assign root = content.rootpath>
<nav class="hit-toc" aria-label="On this page">
<ul class="hit-toc__list">
<#if content.comparisons?has_content><li><a href="#comparison">Compare credentials</a></li></#if>
<li><a href="#by-specialty">By specialty</a></li>
<li><a href="#by-organisation">Who issues them</a></li>
<li><a href="#names">Full and former names</a></li>
</ul>
</nav>
<#if content.comparisons?has_content>
<h2 id="comparison">Compare credentials</h2>
<p>Two tables set every credential side by side, each figure with its numbered source note.</p>
<@c.cards content.comparisons 3/>
</#if>
<h2 id="by-specialty">By specialty</h2>
<#list content.by_specialty as group>
<h3 id="specialty-${group.id}">${group.label}</h3>
<ul class="hit-list">
<#list group.items as item><li><a href="${root}${item.uri}">${item.title}</a>: ${item.description}</li></#list>
</ul>
</#list>
<h2 id="by-organisation">Who issues them</h2>
<ul class="hit-list">
<#list content.by_issuer as group><li><a href="${root}${group.uri}">${group.display_name}</a>: ${group.count} credential<#if (group.count > 1)>s</#if> listed here</li></#list>
</ul>
<h2 id="names">Full and former names</h2>
<p>Job ads and older guides may use a credential's full or former name; each leads to its page.</p>
<ul class="hit-list">
<#list content.names as name><li><a href="${root}${name.uri}">${name.title}</a>: <#if name.alias>former name of the ${name.code}<#else>the ${name.code}</#if></li></#list>
</ul>
</#macro>

<#-- One part of the credential comparison: a row per credential, a column per field. On narrow screens
     each row becomes a block and each cell shows its column's name from data-label. -->
<#macro comparisonTable>
<table class="hit-table">
<caption class="hit-table__caption">${content.caption}</caption>
<thead>
<tr><th scope="col">Credential</th><#list content.columns as column><th scope="col">${column}</th></#list></tr>
</thead>
<tbody>
<#list content.rows as row>
<tr>
<th scope="row" data-label="Credential"><a href="${content.rootpath}${row.uri}">${row.code}</a> <span class="hit-table__meta">(${row.issuer_acronym})</span></th>
<#list row.cells as cell>
<td data-label="${cell.label}"><#if cell.figure??><@c.figure cell.figure/><#elseif cell.text??>${cell.text}<#else>&mdash;</#if></td>
</#list>
</tr>
</#list>
</tbody>
</table>
</#macro>

<#macro schoolIndex>
<#assign root = content.rootpath>
<p class="hit-count">${content.count_text}<#if content.all_programs?has_content>: <a href="${content.all_programs?remove_beginning("schools/")}">every one, by state</a></#if>.</p>
<h2 id="by-state">Every state</h2>
<p>Each state has a page: the programs we list there, how to find others, and pay in the state. States in bold have a program on our list.</p>
<#-- The states twice: as a map, its cells row by row so that the keyboard and screen readers meet the
     tiles in the order the eye reads them (a link per state, an empty <i> per cell of sea), then by name,
     the text version. Links relative to this page (schools/), not the site root: 104 of them, so the bytes
     count. -->
<nav class="hit-tiles" aria-label="Map of the states">
<#list content.state_tiles as t><#if t.code??><a href="${t.uri?remove_beginning("schools/")}"><#if (t.count > 0)><strong>${t.code} ${t.count}</strong><#else>${t.code}</#if><span> ${t.rest}</span></a><#else><i></i></#if></#list>
</nav>
<ul class="hit-states">
<#list content.all_states as g><li><#if (g.count > 0)><strong><a href="${g.uri?remove_beginning("schools/")}">${g.name}</a> ${g.count}</strong><#else><a href="${g.uri?remove_beginning("schools/")}">${g.name}</a></#if></li></#list>
</ul>
<nav class="hit-filters" aria-labelledby="filter-heading">
<h2 id="filter-heading">Filter the programs</h2>
<h3 class="hit-filters__title">By how they are taught</h3>
<ul class="hit-filters__list">
<#list content.delivery_filters as f><li><a href="${root}${f.uri}">${f.title}</a> (${f.count})</li></#list>
</ul>
<#if (content.delivery_unstated > 0)><p class="hit-note">${content.delivery_unstated_text}</p></#if>
<h3 class="hit-filters__title">By the credential they lead to</h3>
<ul class="hit-filters__list">
<#list content.credential_filters as f><li><a href="${root}${f.uri}">${f.title}</a> (${f.count})</li></#list>
</ul>
</nav>
<h2 id="check-a-program">Check a program yourself</h2>
<@c.cahiimWayOn/>
</#macro>

<#-- Programs as a list: each with its place, how it is taught, its evidence and how old, and a tag when
     the evidence is too old or undated to rely on. On the list of all programs each item carries what the
     finder filters by. -->
<#macro schoolList items filterable=false>
<ul class="hit-list">
<#list items as item><li<#if filterable> data-state="${item.state}" <#if item.delivery?has_content> data-delivery="${item.delivery}"</#if> data-leads="${item.leads_to_slugs}"</#if>><a href="<#if filterable>${item.uri?remove_beginning("schools/")}<#else>${content.rootpath}${item.uri}</#if>">${item.institution}</a><#if item.draft> (draft)</#if><small>: ${item.location_text}; ${item.delivery_label!"delivery not stated"}; evidence: ${item.evidence_short}, ${item.evidence_date_display}<#if item.evidence_age != "undated">, ${item.evidence_age}</#if></small><#if item.confirm> <@c.tag "Confirm before you apply"/></#if></li></#list>
</ul>
</#macro>
