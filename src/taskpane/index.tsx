/** Task pane entry (placeholder until the task pane issue): shows what the add-in is. */
const root = document.getElementById('root');
if (root) root.textContent = 'SAKIP untuk Excel';
