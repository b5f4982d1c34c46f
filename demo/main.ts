import { mountDesk } from './zendesk/app';

mountDesk(document.body, { name: 'demo' });
