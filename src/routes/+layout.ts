// A static site: every page is a shell that loads the data in the browser.
export const prerender = true;
export const ssr = false;
