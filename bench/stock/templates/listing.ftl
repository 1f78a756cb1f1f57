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
<ul>
<#list db.getPublishedContent(content.lists) as item>
<li><a href="${content.rootpath}${item.uri}">${item.title}</a></li>
</#list>
</ul>
</main>
</body>
</html>
