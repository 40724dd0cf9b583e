/**
 * The quiz self-check (trac-nghiem/<set>.html): the reader ticks an answer per question and
 * "Chấm bài" marks each question right or wrong in words, gives the score and opens the answers.
 * Everything it needs is in the page (each question's right letter and its words), so it works
 * from file:// with nothing to fetch; nothing is stored or sent.
 */
import { t } from '../i18n/vi.ts';

type Mark = 'right' | 'wrong' | 'skipped';

function markOf(question: HTMLElement): Mark {
  const chosen = question.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  if (!chosen) return 'skipped';
  return chosen.value === question.dataset.answer ? 'right' : 'wrong';
}

function show(question: HTMLElement, mark: Mark | undefined): void {
  const feedback = question.querySelector<HTMLElement>('[data-qz-feedback]')!;
  question.classList.remove('is-right', 'is-wrong', 'is-skipped');
  feedback.hidden = mark === undefined;
  if (!mark) return;
  question.classList.add(`is-${mark}`);
  const answer = question.dataset.answerText ?? '';
  if (mark === 'right') feedback.textContent = t('quiz.right');
  else feedback.textContent = t(mark === 'wrong' ? 'quiz.wrong' : 'quiz.skipped', { answer });
}

function initQuiz(root: Document): void {
  const form = root.getElementById('qz-form');
  const score = root.getElementById('qz-score');
  if (!form || !score) return;
  const questions = [...form.querySelectorAll<HTMLElement>('[data-answer]')];
  const key = root.getElementById('dap-an') as HTMLDetailsElement | null;

  form.querySelector('[data-qz="check"]')?.addEventListener('click', () => {
    const marks = questions.map(markOf);
    questions.forEach((q, i) => show(q, marks[i]));
    score.textContent = t('quiz.score', {
      right: marks.filter((m) => m === 'right').length,
      total: questions.length,
    });
    if (key) key.open = true;
  });
  form.querySelector('[data-qz="reset"]')?.addEventListener('click', () => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      input.checked = false;
    for (const q of questions) show(q, undefined);
    score.textContent = '';
    if (key) key.open = false;
    questions[0]?.querySelector('input')?.focus();
  });
  root.getElementById('qz-no-script')?.setAttribute('hidden', '');
  root.getElementById('qz-how')?.removeAttribute('hidden');
  form.querySelector('[data-qz-actions]')?.removeAttribute('hidden');
}

// Loaded with `defer` by the self-check pages only, so the page is parsed when this runs.
initQuiz(document);
