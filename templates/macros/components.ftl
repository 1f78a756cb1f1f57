<#ftl output_format="HTML">
<#-- Small pieces every template shares. Each writes complete elements only. -->

<#-- The page's Markdown body. The only place raw HTML is written: it was validated, rendered by
     flexmark with raw HTML suppressed, and cleaned to a safe tag list by the build. -->
<#macro body html=content.body>
<#if html?has_content>
<div class="hit-prose">
${html?no_esc}
</div>
</#if>
</#macro>

<#-- A figure with its as-of date, its source, and a marker when it is not yet checked against the primary source. -->
<#macro figure f>
<span class="hit-figure"><strong>${f.display}</strong> <small>(${f.as_of}; source: <a href="${f.source_url}">${f.source_title}</a><#if !f.checked>; <span class="hit-figure__unchecked">not yet checked against ${f.primary_source}</span></#if>)</small></span><#t>
</#macro>

<#macro quickFacts figures>
<#if figures?has_content>
<section class="hit-facts" aria-labelledby="quick-facts">
<h2 class="hit-facts__title" id="quick-facts">Quick facts</h2>
<dl>
<#list figures as f>
<@factRow f.label><@figure f/></@factRow>
</#list>
</dl>
</section>
</#if>
</#macro>

<#macro lede>
<p class="hit-lede">${content.description}</p>
</#macro>

<#-- A list of pages as cards: title link and one-sentence description. -->
<#macro cards items headingLevel=2>
<#if items?has_content>
<ul class="hit-cards">
<#list items as item>
<li class="hit-card">
<#if headingLevel == 2><h2 class="hit-card__title"><@cardLink item/></h2>
<#else><h3 class="hit-card__title"><@cardLink item/></h3></#if>
<p class="hit-card__text">${item.description}</p>
</li>
</#list>
</ul>
</#if>
</#macro>

<#macro cardLink item>
<a class="hit-card__link" href="${content.rootpath}${item.uri}">${item.title}</a><#if item.draft!false> (draft)</#if><#t>
</#macro>

<#macro sources>
<#if (content.sources![])?has_content>
<section class="hit-sources" aria-labelledby="sources">
<h2 id="sources">Sources</h2>
<ul>
<#list content.sources as s>
<li><a href="${s.url}">${s.title}</a><#if !s.checked> <span class="hit-figure__unchecked">(${s.check} source; not yet checked against ${s.primary_source})</span></#if></li>
</#list>
</ul>
</section>
</#if>
</#macro>

<#macro reviewed>
<p class="hit-reviewed">Page last reviewed: <time datetime="${content.updated}">${content.updated_display}</time>. Next review due: <time datetime="${content.review_due}">${content.review_due_display}</time>.</p>
</#macro>

<#-- School programs as cards: where, how taught, what they prepare for. -->
<#macro schoolCards items headingLevel=3>
<ul class="hit-cards">
<#list items as item>
<li class="hit-card">
<#if headingLevel == 2><h2 class="hit-card__title"><@cardLink item/></h2><#else><h3 class="hit-card__title"><@cardLink item/></h3></#if>
<p class="hit-card__text">${item.institution}<#if item.city??>, ${item.city}</#if>, ${item.state_name}. ${item.delivery_label!"Delivery not stated"}.</p>
</li>
</#list>
</ul>
</#macro>

<#macro featuredNote>
<p class="hit-note">Featuring a program is an editorial choice to show an example. It is not a ranking or a recommendation.</p>
</#macro>

<#-- One labelled fact in a hit-facts list; the value is text or a figure record. -->
<#macro factRow label>
<div><dt>${label}</dt><dd><#nested></dd></div><#t>
</#macro>
