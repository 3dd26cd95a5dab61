import { api } from './common.js';

/** Uploads the chosen transcript file; resolves to its id, or throws the server's readable error. */
export async function uploadTranscript(input) {
  const file = input.files && input.files[0];
  if (!file) throw new Error('Choose a transcript file first.');
  const text = await file.text();
  const res = await api('/api/transcripts?name=' + encodeURIComponent(file.name),
    { method: 'POST', body: text, headers: { 'Content-Type': 'application/json' } });
  return res.id;
}
