// Material for MkDocs: open the content tab the address points at (from its
// partials/javascripts/content.html), in a file instead of an inline script.
var target = document.getElementById(location.hash.slice(1));
if (target?.name) target.checked = target.name.startsWith("__tabbed_");
