// The one header of every page: the brand and the navigation for the viewer's role, the current
// page marked. In class mode a student sees their own game only; the instructor also the classes.
const PRACTICE = [['/replay.html', 'Replay'], ['/play.html', 'Play'], ['/lab.html', 'Lab'],
  ['/glossary.html', 'Glossary']];
const INSTRUCTOR = [['/instructor.html', 'Classes'], ...PRACTICE];
const STUDENT = [['/class.html', 'My game'], ['/glossary.html', 'Glossary']];

const header = document.querySelector('header.top');

function draw(pages) {
  const brand = document.createElement('a');
  brand.className = 'brand';
  brand.href = '/';
  brand.textContent = 'Parley';
  const nav = document.createElement('nav');
  for (const [href, name] of pages) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = name;
    if (location.pathname === href) a.setAttribute('aria-current', 'page');
    nav.append(a);
  }
  header.replaceChildren(brand, nav);
}

// A results folder opened with 'parley serve --results DIR' adds its page for all but students.
const RESULTS = ['/results.html', 'Results'];

draw(PRACTICE);
fetch('/api/role').then(r => r.json()).then(r => {
  const withResults = pages => r.results ? [...pages.slice(0, -1), RESULTS, ...pages.slice(-1)]
    : pages;
  if (r.classMode) {
    draw(r.role === 'instructor' ? withResults(INSTRUCTOR) : r.role === 'student' ? STUDENT : []);
  } else if (r.results) {
    draw(withResults(PRACTICE));
  }
}).catch(() => {});
