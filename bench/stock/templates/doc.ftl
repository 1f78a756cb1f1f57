<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${content.title}</title>
<meta name="description" content="${content.description!""}">
<link rel="stylesheet" href="${content.rootpath}css/site.css">
</head>
<body>
<main>
<h1>${content.title}</h1>
${content.body?no_esc}
</main>
<nav><#if content.previousContent??><a href="${content.rootpath}${content.previousContent.uri}">${content.previousContent.title}</a></#if>
<#if content.nextContent??><a href="${content.rootpath}${content.nextContent.uri}">${content.nextContent.title}</a></#if></nav>
</body>
</html>
