// Sample tickets shared by the demo desk and the fixture pages. Written to exercise the coach:
// different moods, tokens worth spell-protecting (order numbers, ids, a temporary password, an
// e-mail address, a URL) and topics with known tips (VPN, Outlook, printer, password reset, outage).

export type Mood = 'hurried' | 'angry' | 'confused' | 'polite' | 'outage' | 'neutral';
export type Status = 'New' | 'Open' | 'Pending' | 'Solved';
export type Priority = 'Low' | 'Normal' | 'High' | 'Urgent';

export interface Message {
  author: string;
  role: 'customer' | 'agent';
  /** Internal notes are only visible to agents. */
  internal?: boolean;
  at: string;
  body: string;
}

export interface Ticket {
  id: number;
  subject: string;
  requester: { name: string; email: string; org: string };
  status: Status;
  priority: Priority;
  mood: Mood;
  updated: string;
  messages: Message[];
}

export const AGENT = { name: 'Sam Carter', email: 'sam.carter@acme-support.com' };

export const TICKETS: Ticket[] = [
  {
    id: 101,
    subject: 'VPN drops every ten minutes — presenting at 3pm',
    requester: { name: 'Priya Raman', email: 'priya.raman@bluefin-analytics.com', org: 'Bluefin Analytics' },
    status: 'New',
    priority: 'Urgent',
    mood: 'hurried',
    updated: '4 minutes ago',
    messages: [
      {
        author: 'Priya Raman',
        role: 'customer',
        at: 'Today 13:42',
        body:
          'I need this fixed today, I present to the board at 3pm and the VPN keeps dropping every ten minutes.\n\n' +
          'GlobalProtect says "gateway unreachable", then reconnects after a minute. My laptop is asset LT-20931, Windows 11. ' +
          'I already restarted twice. Please hurry.',
      },
    ],
  },
  {
    id: 102,
    subject: 'Charged twice for order #A-48213',
    requester: { name: 'Marcus Delgado', email: 'marcus.delgado@fastmail.com', org: 'Delgado Landscaping' },
    status: 'Open',
    priority: 'High',
    mood: 'angry',
    updated: '18 minutes ago',
    messages: [
      {
        author: 'Marcus Delgado',
        role: 'customer',
        at: 'Yesterday 16:05',
        body: 'My card was charged twice for order #A-48213 ($249.00). I want one of the charges refunded.',
      },
      {
        author: 'Jordan Lee',
        role: 'agent',
        at: 'Yesterday 17:30',
        body: 'Hi Marcus, thanks for reaching out. I have passed this to our billing team.\n\nBest,\nJordan',
      },
      {
        author: 'Marcus Delgado',
        role: 'customer',
        at: 'Today 13:28',
        body:
          'This is the THIRD time I am writing about this. Nobody has done anything and the second charge is still on my statement. ' +
          'This is completely unacceptable. If it is not refunded today I am disputing it with my bank and cancelling my account.',
      },
    ],
  },
  {
    id: 103,
    subject: "Outlook keeps asking for my password after the reset",
    requester: { name: 'Helen Okafor', email: 'h.okafor@northwind-legal.com', org: 'Northwind Legal' },
    status: 'Open',
    priority: 'Normal',
    mood: 'confused',
    updated: '1 hour ago',
    messages: [
      {
        author: 'Helen Okafor',
        role: 'customer',
        at: 'Today 12:10',
        body:
          'Hello, I reset my password yesterday with the link from the portal and now Outlook keeps popping up a box asking for my password. ' +
          'I type the new one and it comes back again. My phone gets email but the computer does not.\n\n' +
          "I'm not sure what I did wrong — do I need to change something in Outlook? My address is h.okafor@northwind-legal.com.",
      },
    ],
  },
  {
    id: 104,
    subject: 'Adding the 3rd floor printer',
    requester: { name: 'Tomás Lindqvist', email: 'tomas.lindqvist@bluefin-analytics.com', org: 'Bluefin Analytics' },
    status: 'Pending',
    priority: 'Low',
    mood: 'polite',
    updated: '3 hours ago',
    messages: [
      {
        author: 'Tomás Lindqvist',
        role: 'customer',
        at: 'Today 10:02',
        body:
          "Hi there, I hope you're having a good week! We moved desks and I can't find the printer by the kitchen on the 3rd floor " +
          '(the label says PRN-3F-02). Could you tell me how to add it when you have a moment? No rush at all.\n\nMany thanks,\nTomás',
      },
    ],
  },
  {
    id: 105,
    subject: 'Outage: e-mails to external addresses bouncing',
    requester: { name: 'Dana Whitfield', email: 'dana.whitfield@harborview-clinic.org', org: 'Harborview Clinic' },
    status: 'Open',
    priority: 'Urgent',
    mood: 'outage',
    updated: '7 minutes ago',
    messages: [
      {
        author: 'Dana Whitfield',
        role: 'customer',
        at: 'Today 13:15',
        body:
          'Since about 1pm every e-mail we send to patients outside the clinic bounces back with "550 5.7.1 relay denied". ' +
          'Internal mail works. We have appointment reminders going out this afternoon. Is this on your side?',
      },
      {
        author: 'Sam Carter',
        role: 'agent',
        internal: true,
        at: 'Today 13:22',
        body:
          'Confirmed with the mail team: outbound relay cluster EU-2 is down, incident INC-7781. No ETA yet. ' +
          'Status page: https://status.acme-support.com/incidents/7781',
      },
    ],
  },
  {
    id: 106,
    subject: 'Temporary password does not work',
    requester: { name: 'Kenji Watanabe', email: 'kenji.watanabe@orbitalworks.io', org: 'Orbital Works' },
    status: 'Open',
    priority: 'High',
    mood: 'neutral',
    updated: '25 minutes ago',
    messages: [
      {
        author: 'Sam Carter',
        role: 'agent',
        at: 'Today 11:48',
        body: 'Hi Kenji, your temporary password is Tmp-7Qx!29ka. You will be asked to choose a new one at first sign-in.',
      },
      {
        author: 'Kenji Watanabe',
        role: 'customer',
        at: 'Today 12:55',
        body:
          'The temporary password Tmp-7Qx!29ka says "invalid credentials" on https://login.orbitalworks.io. ' +
          'I copied it exactly. Ticket ref from the portal: REQ-55102. Can you check?',
      },
    ],
  },
];

export function findTicket(id: number): Ticket | undefined {
  return TICKETS.find((t) => t.id === id);
}

export function lastCustomerMessage(ticket: Ticket): Message | undefined {
  return [...ticket.messages].reverse().find((m) => m.role === 'customer');
}

export function firstName(name: string): string {
  return name.split(' ')[0] ?? name;
}
