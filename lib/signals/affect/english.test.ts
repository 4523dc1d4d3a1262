import { describe, it } from 'vitest';
import { expectCalm, expectProblem, expectUpset, type CalmCase, type ProblemCase, type UpsetCase } from './testing';

/** Written from how customers write, before the rules: each names the words a coach would point at. */
const upset: UpsetCase[] = [
  // A mild word made strong
  { text: 'This is getting silly now, it is the third email I have sent.', kind: 'frustration', shows: 'getting silly' },
  { text: "Honestly, I'm at my wits' end with this.", kind: 'frustration', shows: "wits' end" },
  { text: "I've had enough of being passed from one department to another.", kind: 'frustration', shows: 'had enough' },
  { text: 'Enough is enough. Cancel the whole thing.', kind: 'frustration', shows: 'enough is enough' },
  { text: 'That was the last straw for me.', kind: 'frustration', shows: 'last straw' },
  { text: 'Sorry to bother you again but this is really annoying now.', kind: 'frustration', shows: 'annoying' },
  { text: "I'm sick and tired of chasing this refund.", kind: 'frustration', shows: 'sick and tired of' },
  { text: 'Really disappointed with how my order was handled.', kind: 'frustration', shows: 'disappointed' },
  { text: "I'm not happy at all with this.", kind: 'frustration', shows: 'not happy' },
  { text: 'It STILL does not work!!', kind: 'frustration', shows: 'still' },
  { text: 'Yet again the courier left it at the wrong address.', kind: 'frustration', shows: 'yet again' },
  { text: "I'm done waiting, just refund me.", kind: 'frustration', shows: 'done waiting' },
  // Anger
  { text: 'This is absolutely ridiculous.', kind: 'anger', shows: 'ridiculous' },
  { text: 'I am FURIOUS about this charge.', kind: 'anger', shows: 'furious' },
  { text: 'Your customer service is a joke.', kind: 'anger', shows: 'a joke' },
  { text: 'This is the worst support I have ever dealt with.', kind: 'anger', shows: 'worst' },
  { text: 'You people are completely useless.', kind: 'anger', shows: 'useless' },
  { text: 'I want to speak to a manager right now.', kind: 'anger', shows: 'speak to a manager' },
  { text: 'An hour on hold. Unbelievable.', kind: 'anger', shows: 'unbelievable' },
  // Questions that are complaints
  { text: 'How hard can it be to send the right size?', kind: 'complaint-question', shows: 'how hard can it be' },
  { text: "What's the point of a tracking number if it never updates?", kind: 'complaint-question', shows: "what's the point" },
  { text: 'Why do I have to explain this every single time?', kind: 'complaint-question', shows: 'why do i have to' },
  { text: 'How many times do I need to give you my address?', kind: 'complaint-question', shows: 'how many times' },
  { text: 'Is it too much to ask for a simple reply?', kind: 'complaint-question', shows: 'too much to ask' },
  { text: 'Are you even reading what I write?', kind: 'complaint-question', shows: 'even reading' },
  { text: 'What exactly am I paying you for?', kind: 'complaint-question', shows: 'paying you for' },
  // Pushing back on a policy
  { text: "That's not good enough.", kind: 'pushback', shows: 'not good enough' },
  { text: 'No, that is not acceptable, I paid for next-day delivery.', kind: 'pushback', shows: 'not acceptable' },
  { text: 'That makes no sense, I never agreed to a cancellation fee.', kind: 'pushback', shows: 'makes no sense' },
  { text: "I shouldn't have to pay for your mistake.", kind: 'pushback', shows: "shouldn't have to" },
  // Sarcasm
  { text: "Great, just great. Now the app won't even open.", kind: 'sarcasm', shows: 'great, just great' },
  { text: 'Thanks for nothing.', kind: 'sarcasm', shows: 'thanks for nothing' },
  { text: "The 'waterproof' jacket soaked through in ten minutes. So waterproof.", kind: 'sarcasm', shows: 'so waterproof' },
  { text: "I'm actually terrified she'll react to it, she's only four.", kind: 'distress', shows: 'terrified' },
  { text: 'We are worried sick, the insulin has not arrived.', kind: 'distress', shows: 'worried sick' },
  { text: 'How can that be allowed when I opted out?', kind: 'pushback', shows: 'how can that be allowed' },
  { text: "I've been with you for 15 years and this is how you treat me? Take the charge off.", kind: 'pushback', shows: "i've been with you" },
  { text: "Got the 'premium' cushions today and the zip fell off straight away. So premium.", kind: 'sarcasm', shows: 'so premium' },
  { text: "Your 'express' delivery took nine days. Really express, well done.", kind: 'sarcasm', shows: 'really express' },
  { text: 'Oh glad you think this is funny.', kind: 'sarcasm', shows: 'glad you think this is funny' },
  { text: 'Oh wonderful, another automated reply that ignores my question.', kind: 'sarcasm', shows: 'oh wonderful' },
  { text: 'Love how I get charged twice and nobody answers the phone.', kind: 'sarcasm', shows: 'love how' },
  { text: 'Yeah right. "Within 24 hours" you said.', kind: 'sarcasm', shows: 'yeah right' },
  // Distress
  { text: "I'm so worried, my mum's medicine hasn't arrived and I don't know what to do.", kind: 'distress', shows: 'worried' },
  { text: "Please, I'm desperate, the account is locked and rent is due tomorrow.", kind: 'distress', shows: 'desperate' },
];

const problems: ProblemCase[] = [
  // Whoever came for us went away with the job undone, or was due and never came
  { text: 'The plumber looked at the boiler for ten minutes and then just left.', shows: 'left' },
  { text: 'Your driver rang the bell once and drove off with my parcel.', shows: 'drove off' },
  { text: 'The technician left without connecting the router.', shows: 'left without connecting' },
  { text: 'The sofa was supposed to arrive yesterday.', shows: 'supposed to arrive' },
  { text: 'The courier could not get into the building even though the concierge was there.', shows: 'could not get into' },
  // A note's shorthand, as an email subject or an earlier contact's summary puts it.
  { text: 'Re: order 4471 - parcel not received', shows: 'parcel not received' },
  { text: "Missed delivery: driver marked 'no one home'; redelivery booked", shows: 'Missed delivery' },
  { text: 'The engineer was a no-show again this morning.', shows: 'no-show' },
  { text: "It came a day late because of the courier's oversight.", shows: "courier's oversight" },
  { text: "It went to my old flat, the courier's mistake apparently.", shows: "courier's mistake" },
  // What a thing keeps doing wrong, said plainly.
  { text: 'this is the second package from you guys this month that just vanished', shows: 'vanished' },
  { text: 'third evening in a row the connection drops at 8 on the dot', shows: 'connection drops' },
  { text: 'The salt blocks keep going to my old address.', shows: 'keep going to my old' },
  { text: 'The tap your plumber fitted is still dripping from the base.', shows: 'still dripping' },
  { text: "You've substituted the gluten-free loaf with a normal one.", shows: "you've substituted" },
  { text: 'They mixed up the orders and I got a stranger\'s glasses.', shows: 'mixed up' },
  { text: 'Box says size 9, the boots inside are a 7.', shows: 'says size 9, the boots inside are a 7' },
  { text: "Opened the card and it's somebody else's photo on the front.", shows: "it's somebody else's" },
  { text: 'The order shows delivered but nothing is here.', shows: 'delivered but nothing' },
  { text: 'I was charged twice for order 4471.', shows: 'charged twice' },
  { text: 'The jumper arrived in the wrong colour.', shows: 'wrong colour' },
  { text: 'After the update the app wiped my data.', shows: 'wiped my data' },
  { text: "My parcel hasn't arrived yet.", shows: "hasn't arrived" },
  { text: 'The mug was broken when I opened the box.', shows: 'was broken' },
  { text: "I can't log in since this morning.", shows: "can't log in" },
  { text: 'Hi, I never received the confirmation email for my booking.', shows: 'never received' },
  // Frames rather than words: a promise then what happened; what was ordered then what came; their part not done.
  { text: 'The fitter was supposed to come between 8 and 12 but nobody showed.', shows: 'supposed to come between 8 and 12 but' },
  { text: 'We ordered the oak table and got a pine one.', shows: 'ordered the oak table and got' },
  { text: 'Your technician never turned up on Saturday.', shows: 'technician never turned up' },
  { text: 'The router went dead overnight.', shows: 'went dead' },
  { text: 'There is a renewal charge on my card that I never authorised.', shows: 'I never authorised' },
  { text: 'The hamper turned up without the cheese board.', shows: 'turned up without the' },
  { text: 'I rang about the blinds that didn’t turn up.', shows: 'turn up' },
  { text: 'Your courier dented the door of the fridge.', shows: 'courier dented the door' },
  { text: "It's been showing 'processing' for six days.", shows: 'for six days' },
  { text: 'The driver says nobody was home, I was in all day.', shows: 'nobody was home' },
  { text: 'My broadband has gone from £28 to £41 a month.', shows: 'gone from' },
  { text: 'Tracking says it has been sent back to the sorting office.', shows: 'sent back to the sorting office' },
  { text: "It says delivery attempted but we've been home all morning.", shows: "delivery attempted but we've been" },
];

/** Near-misses: the same words, or the same topics, from a customer who is fine. */
const calm: CalmCase[] = [
  { text: 'The engineer fixed the boiler and left.' },
  // "Not your problem" waves a worry off; it blames nobody.
  { text: "We're away for the weekend, all sorted, not your problem ha. Quick one about the invoice." },
  { text: 'The party is on us to organise, not your problem at all. Is the order still on for Friday?' },
  { text: 'The sofa was supposed to arrive yesterday and it did, thanks.' },
  { text: 'My mistake, I typed the postcode wrong. Can you fix it?' },
  { text: 'I missed the delivery yesterday, can I pick it up from the depot?' },
  { text: 'If the parcel is not received by Friday, what happens?' },
  { text: 'I booked the wrong weekend, totally my own fault. Can it be moved?' },
  { text: 'I got the size wrong when I ordered, my mistake. How do I swap it?' },
  { text: 'The label says 12, which is the size I wanted, thanks.' , thankful: true },
  { text: 'How do I change the delivery address on my order?' },
  { text: 'Could you please send me a copy of the invoice?' },
  { text: 'Hope you all had a nice weekend!' },
  { text: "My manager said 'this is ridiculous', but I think it's just a mix-up." },
  { text: 'The worst part is over, thanks!', thankful: true },
  { text: 'No problem at all, take your time.', thankful: true },
  { text: "I'm not angry, just asking when it ships." },
  { text: 'Ok, thanks for sorting it.', thankful: true },
  { text: 'Great, thanks! It works perfectly now.', thankful: true },
  { text: 'Haha, my cat knocked it off the table, totally my fault. Can I buy a spare lid?' },
  { text: 'That is great news, thank you so much!', thankful: true },
  { text: 'Not bad at all, the new version is much faster.' },
  { text: "What happens if my parcel doesn't arrive by Friday?" },
  { text: 'Why does the app ask for my location?' },
  { text: 'Nothing was broken, I just want to add a gift note.' },
  { text: "It's not urgent, whenever you get a chance." },
  { text: 'Is it possible to pay in instalments?' },
  { text: 'Thanks again for the quick reply yesterday.', thankful: true },
  { text: 'I love the new design, great job!', thankful: true },
  { text: 'Just checking, is the sale still on?' },
  { text: 'My kids were furious they had to share the new tablet, haha. Thanks for the fast delivery!', thankful: true },
  { text: "Sorry for the trouble, I typed my own email wrong. It's fixed now.", thankful: true },
  { text: 'The parcel was supposed to come Tuesday and it did, thanks!', thankful: true },
  { text: 'We ordered the oak table and love it.', thankful: true },
  { text: 'If your technician does not turn up, who do I call?' },
  { text: 'It came with no instructions, but I worked it out, thanks!', thankful: true },
  { text: 'The price went up from £5 to £6 last year, is that still right?' },
  // A word only supposed, a busy week, a place the customer was, a problem already over.
  { text: "my neighbour got a text saying to pay today - she doesn't want to ring it if it's a scam" },
  { text: "Sorry for the slow reply, work's been mad this week. Tuesday morning works for us." },
  { text: 'sorry, I was stuck in back to back meetings, what was the next step?' },
  { text: "The app was down last night but it's fine now. How do I change the alert sound?" },
];

describe('readAffect in English', () => {
  it.each(upset)('hears upset: $text', expectUpset);
  it.each(problems)('hears a plain problem report, not heat: $text', expectProblem);
  it.each(calm)('stays calm: $text', expectCalm);
});
