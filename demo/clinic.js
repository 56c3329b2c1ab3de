// The clinic's own script: when a patient reaches the end of the guide, offer a visit.
// The guide's events come as DOM events on its frame, and they bubble.
document.addEventListener('dryneedling:finished', () => {
  document.getElementById('book')?.removeAttribute('hidden');
});
