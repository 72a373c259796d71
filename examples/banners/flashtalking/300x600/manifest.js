FT.manifest({
  "filename": "index.html",
  "width": 300,
  "height": 600,
  "clickTagCount": 1,
  "hideBrowsers": ["ie8"],
  "richloads": [{ "name": "main", "src": "main_richload" }],
  "instantAds": [
    { "name": "headline", "type": "text", "default": "Fly south this winter" },
    { "name": "background", "type": "image", "default": "bg.png" },
    { "name": "headline", "type": "text", "default": "From 49 EUR" }
  ]
});
