<#ftl output_format="HTML">
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page>
<#assign root = content.rootpath>
<h1>${content.title}</h1>
<@c.lede/>
<#if content.confirm><p class="hit-note"><@c.tag "Confirm before you apply"/> The evidence we read is ${content.evidence_age}. Check the program's page and CAHIIM's directory before you apply.</p></#if>
<dl class="hit-facts hit-facts--plain">
<@c.factRow "Institution">${content.institution}</@c.factRow>
<@c.factRow "Location">${content.location_text} (<a href="${root}${content.state_page}">programs in ${content.state_name}</a>)</@c.factRow>
<@c.factRow "Program">${content.program}<#if content.award??> (${content.award})</#if><#if !content.level_stated>; the evidence does not state the award level</#if></@c.factRow>
<@c.factRow "How it is taught">${content.delivery_label!"Not stated in the evidence we read"}</@c.factRow>
<@c.factRow "Accreditation"><a href="${root}${content.accreditor.uri}">${content.accreditor.acronym}</a>; evidence: <a href="${content.accreditation_url}">${content.evidence_kind_label}</a>, ${content.evidence_date_display}<#if content.evidence_age != "undated"> (${content.evidence_age})</#if><#if content.evidence_note??>: ${content.evidence_note}</#if><#if content.copy_host?has_content>; read from a copy on ${content.copy_host}</#if></@c.factRow>
<@c.factRow "Evidence read">By our editors on <time datetime="${content.evidence_read}">${content.evidence_read_display}</time>, from <#if content.read_from == "stored-copy">a stored copy of the page, whose own capture date is unknown<#else>the live page</#if></@c.factRow>
<@c.factRow "Leads to"><#list content.leads_to as cred><a href="${root}${cred.uri}">${cred.code}</a> (<#if cred.named>the evidence names it<#else>by AHIMA's rule for CAHIIM-accredited associate programs</#if>)<#sep>; </#list><#if !content.leads_to?has_content>Not stated in the evidence we read<#if !content.level_stated>; if the program is an associate degree, CAHIIM accreditation would make graduates eligible for the <a href="${root}credentials/rhit.html">RHIT</a></#if></#if></@c.factRow>
<#list ["length", "cost", "starts", "graduation_rate", "employment_rate", "pass_rate"] as field>
<#assign f = content.decision[field]>
<@c.factRow content.decision_labels[field]><#if f?has_content><@c.figure f/><#else>Not in the evidence we read</#if></@c.factRow>
</#list>
<#list content.outcome_figures as f><@c.factRow f.label><@c.figure f/></@c.factRow></#list>
<@c.factRow "Program page"><#if content.program_url??><a href="${content.program_url}">the college's page for the program</a><#else>Not in the evidence we read</#if></@c.factRow>
</dl>
<@c.contents/>
<@c.body/>
<h2 id="confirm">Before you apply</h2>
<@c.cahiimWayOn/>
</@layout.page>
