import { mountJsm } from './app';

mountJsm(document.body, { name: 'demo-jsm', basePath: '/jsm/browse/', internalFirst: false });
