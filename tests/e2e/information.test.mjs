// Module « Vérifier une information »: the news feed (scored on discernment,
// five tools) and the game « Dans la peau d'un menteur » (make-the-fake),
// each completed by keyboard alone from the learners' app, which sends the
// learner to atelier-information.html; axe-core clean at 360 px and 1280 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, goto, axe, shot, tabTo } from './helpers.mjs';
import { readExercise, tablesOf } from './content.mjs';

const env = useServerAndBrowser();
const resultTitle = (page) => page.locator('#result-title');
const axeClean = async (page, what) => assert.deepEqual(await axe(page), [], what);

/** Opens an exercise from the learners' app and checks that it landed in the module's program. */
async function open(page, exercise) {
  await goto(page, env.server.url + `#/m/information/${exercise}`);
  assert.match(page.url(), /\/atelier-information\.html#\/m\/information\//, 'sent to the simulations program');
}

async function checkByKeyboard(page) {
  await tabTo(page, () => document.activeElement.textContent === 'Vérifier');
  await page.keyboard.press('Enter');
  await resultTitle(page).waitFor();
  return resultTitle(page).innerText();
}

/** Focus is on a button of this post whose class is `cls` (or whose text is `label`). */
const inPost = ([post, cls, label]) => {
  const el = document.activeElement;
  return (
    el?.closest('li.post')?.querySelector('h3')?.id === `post-${post}-author` &&
    (cls ? el.classList.contains(cls) : el.textContent === label)
  );
};

const TOOL_LABELS = {
  who: 'Qui a publié ?',
  search: 'Chercher ailleurs',
  photo: "D'où vient la photo ?",
  address: "Regarder l'adresse",
  when: 'Quand ?',
};

test('news feed: keyboard alone, every tool opened once, perfect discernment', async () => {
  const posts = tablesOf(readExercise('information', 'fil-actualite'), 'posts');
  const trues = posts.filter((p) => p.reliable).length;
  const page = await openPage(env.browser, env.server.origin, { width: 1280, height: 900 });
  await open(page, 'fil-actualite');
  assert.equal(await page.locator('li.post').count(), posts.length);
  await axeClean(page, 'feed at 1280 before');
  // Each tool once, each on the first post that has it (a post with a photo
  // and a link offers all five).
  const toolsLeft = new Set(Object.keys(TOOL_LABELS));
  for (const post of posts) {
    const here = [...toolsLeft].filter((t) => post[`${t}.fr`]);
    if (here.length) {
      await tabTo(page, inPost, [post.id, 'judge-check']);
      await page.keyboard.press('Enter');
      for (const tool of here) {
        await tabTo(page, inPost, [post.id, null, TOOL_LABELS[tool]]);
        await page.keyboard.press('Enter');
        const result = page.locator(`#post-${post.id}-author`).locator('xpath=ancestor::li[contains(@class,"post")]').locator(`.tool-${tool}`);
        await result.waitFor();
        assert.ok((await result.innerText()).includes(post[`${tool}.fr`].split('\n')[0]), `${post.id}: ${tool}`);
        assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-expanded')), 'true');
        toolsLeft.delete(tool);
      }
      if (post.id === posts[0].id) await shot(page, 'information-feed-tools-1280');
    }
    await tabTo(page, inPost, [post.id, post.reliable ? 'judge-yes' : 'judge-no']);
    await page.keyboard.press('Space');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true');
  }
  assert.equal(toolsLeft.size, 0, `tools never opened: ${[...toolsLeft]}`);
  await page.getByText('Vous avez donné votre avis sur toutes les publications.').waitFor();
  assert.equal(await checkByKeyboard(page), `${posts.length} sur ${posts.length}`);
  await page.getByText(`Vraies informations reconnues : ${trues} sur ${trues}`).waitFor();
  await page.getByText(`Fausses informations reconnues : ${posts.length - trues} sur ${posts.length - trues}`).waitFor();
  assert.equal(await page.locator('.post .feedback.right').count(), posts.length);
  // Every post shows its explanation and its clue.
  for (const post of posts) {
    await page.getByText(post['explanation.fr'], { exact: true }).waitFor();
    await page.locator('.post-clue', { hasText: post['clue.fr'] }).waitFor();
  }
  await axeClean(page, 'feed at 1280 after');
  await shot(page, 'information-feed-checked-1280');
  assert.deepEqual(page.problems, []);
});


test('news feed: everything « Pas fiable » finds only the false half; « Je vérifie » alone is no answer', async () => {
  const posts = tablesOf(readExercise('information', 'fil-actualite'), 'posts');
  const trues = posts.filter((p) => p.reliable).length;
  const page = await openPage(env.browser, env.server.origin, { width: 360, height: 740 });
  await open(page, 'fil-actualite');
  await axeClean(page, 'feed at 360 before');
  await shot(page, 'information-feed-360');
  // Only « Je vérifie d'abord » everywhere: 0 points, each post says it was not decided.
  for (const b of await page.getByRole('button', { name: "Je vérifie d'abord" }).all()) await b.click();
  await page.getByText(`Encore ${posts.length} publications sans avis`, { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  assert.equal(await resultTitle(page).innerText(), `0 sur ${posts.length}`);
  assert.equal(await page.locator('.post-undecided').count(), posts.length);
  await page.getByRole('button', { name: 'Réessayer' }).click();
  // Everything « Pas fiable »: half the points, the true news all missed.
  for (const b of await page.locator('.judge-no').all()) await b.click();
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  assert.equal(await resultTitle(page).innerText(), `${posts.length - trues} sur ${posts.length}`);
  await page.getByText(`Vraies informations reconnues : 0 sur ${trues}`).waitFor();
  await page.getByText(`Fausses informations reconnues : ${posts.length - trues} sur ${posts.length - trues}`).waitFor();
  assert.equal(await page.locator('.post .feedback.wrong').count(), trues, 'each true post doubted is explained');
  await axeClean(page, 'feed at 360 after');
  await shot(page, 'information-feed-checked-360');
  assert.deepEqual(page.problems, []);
});

for (const width of [360, 1280]) {
  test(`make the fake at ${width} px: keyboard alone, hint after two wrong moves, every goal and example`, async () => {
    const ex = readExercise('information', 'make-the-fake');
    const techniques = tablesOf(ex, 'techniques');
    const examples = tablesOf(ex, 'examples');
    const goals = tablesOf(ex, 'goals');
    const page = await openPage(env.browser, env.server.origin, { width, height: 800 });
    await open(page, 'make-the-fake');
    await axeClean(page, 'fake before');
    const focusedText = () => page.evaluate(() => document.activeElement.textContent);
    // Publishing with one trick is refused twice: the hint shows.
    await tabTo(page, (n) => document.activeElement.textContent === n, techniques[1]['name.fr']);
    await page.keyboard.press('Enter');
    for (let i = 0; i < 2; i++) {
      await tabTo(page, () => document.activeElement.textContent === 'Publier');
      await page.keyboard.press('Enter');
      await page.getByText('Choisissez au moins 2 ruses avant de publier.').waitFor();
    }
    await page.getByText(ex.top['hint.fr']).waitFor();
    // A second trick, then publish: the rumour spreads.
    await tabTo(page, (n) => document.activeElement.textContent === n, techniques[4]['name.fr']);
    await page.keyboard.press('Enter');
    await page.getByText(techniques[4]['adds.fr']).waitFor();
    await tabTo(page, () => document.activeElement.textContent === 'Publier');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '2. La rumeur se propage' }).waitFor();
    const shares = 15 + Number(techniques[1].shares) + Number(techniques[4].shares);
    await page.getByText(`${shares} partages`, { exact: false }).first().waitFor();
    await page.getByText(ex.top['spread_note.fr']).waitFor();
    // The two tricks used are explained; open « Comment la repérer ? » for the others.
    await page.getByText(techniques[1]['spot.fr']).waitFor();
    for (const [i, t] of techniques.entries()) {
      if (i === 1 || i === 4) continue;
      await tabTo(page, (name) => document.activeElement.textContent === 'Comment la repérer ?' &&
        document.activeElement.closest('.trick').querySelector('h3').textContent === name, t['name.fr']);
      await page.keyboard.press('Enter');
      await page.getByText(t['spot.fr']).waitFor();
      assert.equal(await focusedText(), 'Comment la repérer ?', 'focus stays on the button');
    }
    if (width === 1280) await shot(page, 'information-fake-spread-1280');
    await axeClean(page, 'fake after publishing');
    // Each example: Tab into its radio group, arrows to the right trick.
    for (const e of examples) {
      const target = `example-${e.id}-${e.technique}`;
      await tabTo(page, (name) => document.activeElement.name === name, `example-${e.id}`);
      for (let i = 0; i <= techniques.length + 1; i++) {
        if ((await page.evaluate(() => document.activeElement.id)) === target) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Space'); // checks the first radio too, which Tab only focuses
      assert.equal(await page.locator(`#${target}`).isChecked(), true, e.id);
    }
    const max = goals.length + examples.length;
    assert.equal(await checkByKeyboard(page), `${max} sur ${max}`);
    assert.equal(await page.locator('.feedback.right').count(), max);
    await page.getByText(ex.top['debrief.fr']).waitFor();
    await axeClean(page, 'fake checked');
    await shot(page, `information-fake-checked-${width}`);
    assert.deepEqual(page.problems, []);
  });
}

test('make the fake: a wrong example is explained, nothing published misses the goals', async () => {
  const ex = readExercise('information', 'make-the-fake');
  const examples = tablesOf(ex, 'examples');
  const page = await openPage(env.browser, env.server.origin);
  await open(page, 'make-the-fake');
  const truePost = examples.find((e) => e.technique === 'none');
  const fake = examples.find((e) => e.technique !== 'none');
  // The true post taken for a trick, and a fake one taken for true news.
  await page.locator(`label[for="example-${truePost.id}-emotion"]`).click();
  await page.locator(`label[for="example-${fake.id}-none"]`).click();
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  assert.equal(await resultTitle(page).innerText(), `0 sur ${tablesOf(ex, 'goals').length + examples.length}`);
  assert.equal(await page.locator('.example .feedback.wrong').count(), 2);
  await page.getByText(truePost['explanation.fr']).waitFor();
  assert.equal(await page.locator('.mission .feedback.missed').count(), 2);
  assert.deepEqual(page.problems, []);
});

test('news feed in English and in high contrast: the posts and tools follow the language', async () => {
  const posts = tablesOf(readExercise('information', 'fil-actualite'), 'posts');
  const page = await openPage(env.browser, env.server.origin, { width: 1280, height: 900 });
  await open(page, 'fil-actualite');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText(posts[0]['text.en']).waitFor();
  await page.getByRole('button', { name: 'I check first' }).first().click();
  await page.getByRole('button', { name: 'Search elsewhere' }).click();
  await page.getByText(posts[0]['search.en'].split('\n')[0]).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Reliable', exact: true }).count(), posts.length);
  await page.getByRole('button', { name: /High contrast/ }).click();
  await page.waitForFunction(() => document.documentElement.dataset.contrast === 'high');
  await axeClean(page, 'feed in English, high contrast');
  await shot(page, 'information-feed-en-contrast-1280');
  assert.deepEqual(page.problems, []);
});

test('where to check: the four sources at 360 px, each card explained after checking', async () => {
  const items = tablesOf(readExercise('information', 'ou-verifier'), 'items');
  const page = await openPage(env.browser, env.server.origin, { width: 360, height: 740 });
  await goto(page, env.server.url + '#/m/information/ou-verifier');
  await axeClean(page, 'where to check before');
  for (const item of items) await page.locator(`label[for="card-${item.id}-${item.group}"]`).click();
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  assert.equal(await resultTitle(page).innerText(), `${items.length} sur ${items.length}`);
  await axeClean(page, 'where to check after');
  await shot(page, 'information-where-to-check-360');
  assert.deepEqual(page.problems, []);
});
