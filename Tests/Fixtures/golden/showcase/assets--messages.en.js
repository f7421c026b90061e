window.PLAYBOOK_MESSAGES = {"form_clear_confirm":"Clear every field of this form? The saved draft is deleted too.",
"form_cleared":"Cleared.",
"form_downloaded":"Downloaded {{file}}: put it in content/visit-plans/ (or content/scorecards/) and rebuild.",
"form_restored":"Draft restored from this browser.",
"form_saved":"Draft saved in this browser.",
"search_many":"{{count}} pages found",
"search_none":"No page matches.",
"search_one":"1 page found"};
