// The one header of every page: the brand and the navigation, the current page marked.
const PAGES = [['/replay.html', 'Replay'], ['/play.html', 'Play'], ['/lab.html', 'Lab']];

const header = document.querySelector('header.top');
const brand = document.createElement('a');
brand.className = 'brand';
brand.href = '/';
brand.textContent = 'Parley';
const nav = document.createElement('nav');
for (const [href, name] of PAGES) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = name;
  if (location.pathname === href) a.setAttribute('aria-current', 'page');
  nav.append(a);
}
header.replaceChildren(brand, nav);
