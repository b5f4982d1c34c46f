// Runs in every frame of known tools and enabled sites; frames without a reply box stay silent.
// Built as content-scripts/reply.js (the background registers that file for sites enabled later).
import { DEMO_MATCHES, KNOWN_TOOL_MATCHES } from '@/lib/sites/matches';
import { startReplyCoach } from '@/lib/content/main';

export default defineContentScript({
  matches: [...KNOWN_TOOL_MATCHES, ...DEMO_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startReplyCoach(ctx);
  },
});
