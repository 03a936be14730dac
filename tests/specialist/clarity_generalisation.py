"""Clarity and structure check set (issue 14), written for it, apart from the rules' phrase
lists and the eval corpus: clean documents in the corpus's genres (every clarity or structure
finding on them is a false alarm), passages with one planted clarity problem each, and short
documents with one planted structure problem each. Markers are the corpus's: ``⟦clarity|…⟧``,
``⟦structure/rule|…⟧``. Documents are reviewed as production reviews them (the coordinator's
chunks, the specialist's context). A module of data: long by nature.

Measured with ``python -m tests.specialist.clarity_generalisation``:

- first clean batch (16 documents, 5,779 words), before any rule changed: clarity 17 false
  alarms (2.94 per 1,000 words), structure 2 (0.35); planted clarity 11/39, structure 10/10.
- after the changes: clarity 9 (1.56), structure 0; planted clarity 36/39, structure 10/10.
- the second clean batch (4 documents, 1,303 words), written after the first changes and
  scored before the next: clarity 3 false alarms, structure 0; after: clarity 2, structure 0.
- CLARITY_HELD_BACK, written before any change and scored once at the end: 9/16.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from services.contract.models import Format
from services.specialist.findings import Style
from tests.eval.corpus import Doc, parse
from tests.eval.scoring import Tally, score, words

LENSES = ("clarity", "structure")

# (name, genre, text): a clean document; ``.md`` is reviewed as Markdown, ``.txt`` as plain text.
CLEAN: list[tuple[str, str, str]] = [
    (
        "email-delivery.txt",
        "email",
        """Subject: New delivery date for the Harlow order

Hi Priya,

Thank you for your patience while we sorted out the supply problem. I have a firm date now:
the forty oak desks for your Harlow office will arrive on Thursday 14 March, between eight
and ten in the morning.

Our haulier had to take one of its two lorries off the road after a brake fault, and it
moved the jobs on that lorry back by a week. I asked them to put your order first on the
repaired lorry, and they agreed. I should have told you about the fault on the day it
happened rather than waiting until your call on Monday. That was my mistake, and I am sorry
for the uncertainty it caused your facilities team.

Here is what will happen on the day. The driver will call your reception thirty minutes
before arrival. Two fitters travel with the desks, unpack them on the ground floor and carry
them up in the goods lift. They will assemble all forty desks, check that each one stands
level and take the packaging away with them. The whole job should take about five hours,
so your team can move in on Friday morning as planned.

To make the day go smoothly, I need two things from you. First, please book the goods lift
for us from eight until two. Second, could you send me the floor plan with the desk
positions marked? The fitters work faster when they can place each desk once.

We will not charge for the delivery, as a small way of making up for the delay. The invoice
you receive next week will show the desks alone.

If anything changes at your end, call me directly on 07700 900412. I will be at the Harlow
site myself on the morning of the fourteenth, so you will have a familiar face to talk to
if a question comes up.

Best wishes,

Tom Ellery
Account Manager, Brightwood Furniture
""",
    ),
    (
        "status-scanners.md",
        "status-report",
        """# Scanner rollout: status for the week of 3 June

## Summary

We replaced the handheld scanners in two of our four warehouses this week, on schedule and
under budget. Pickers in Leeds and Bristol now use the new devices on every shift. The
Glasgow site moves next Tuesday; Cardiff follows a week later.

## What went well

Training took less time than we planned. We set aside two hours for each picker, but most
people were confident after forty minutes, because the new scanners use the same menus as
the old ones. The Leeds team leaders ran the sessions themselves, which freed our trainer
to prepare the Glasgow material early.

Scan errors fell in both warehouses. Leeds recorded 0.4 percent of scans as misreads on
Friday, down from 1.9 percent on the old devices. Bristol saw a similar drop. The brighter
screens and the faster laser seem to account for most of the change.

## Problems and how we handled them

Three devices in Bristol lost their network connection in the cold store. The freezer walls
block the signal, so we added a second access point by the cold store door on Wednesday.
The devices have stayed connected since then.

Battery life is shorter than the supplier promised. A full charge lasts about nine hours,
not twelve, so a picker on a long shift needs a spare battery. We ordered sixty spares,
which arrive on Monday, and asked the supplier to explain the gap.

## Budget

| Item | Budget | Spent so far |
|------|--------|--------------|
| Devices | £48,000 | £24,600 |
| Spare batteries | £3,000 | £1,800 |
| Training | £6,000 | £2,100 |

We expect to finish about £4,000 under budget, mostly because training needed fewer hours.

## Risks

- The Glasgow access points are older than the others and may need replacing. Our network
  engineer will survey the site on Friday.
- The supplier has not yet confirmed a repair turnaround for faulty devices. Until it does,
  we hold ten spare scanners at each site.

## Next week

We will move Glasgow to the new scanners on Tuesday, train the night shift on Wednesday and
send the used devices from Leeds and Bristol back to the leasing company. I will report on
the battery question once the supplier replies.

Nadia Osei, Operations
""",
    ),
    (
        "readme-tidyphotos.md",
        "readme",
        """# tidyphotos

tidyphotos sorts a folder of photos into one folder per day, using the date the camera
wrote into each file. It never deletes or edits a photo: it only moves files, and it can
show you what it would do before it does anything.

## Install

You need Python 3.10 or newer.

```
pip install tidyphotos
```

## Quick start

Point it at a folder and ask for a dry run first:

```
tidyphotos ~/Pictures/Import --dry-run
```

The dry run prints each move it would make. When the list looks right, run the same command
without `--dry-run`. Your photos end up in folders such as `2024/2024-05-18`, next to the
folder you started from.

## How it finds the date

Most cameras and phones store the moment a photo was taken in the file's EXIF data. tidyphotos
reads that first. If a file has no EXIF date, which is common for screenshots and edited
copies, it falls back to the date in the file name, such as `IMG_20240518_101502.jpg`. If
neither exists, the file stays where it is and appears in the summary at the end, so you can
sort it by hand.

## Options

- `--dry-run` prints the moves and changes nothing.
- `--into PATH` puts the dated folders somewhere else.
- `--by month` makes one folder per month instead of one per day.
- `--copy` copies the files and leaves the originals in place.

## Videos and RAW files

tidyphotos handles JPEG, HEIC, PNG and the RAW formats of the main camera makers. It moves a
RAW file and its JPEG twin together, so a pair never ends up in two folders. Videos are
moved too, using the creation date inside the video file.

## When something goes wrong

If two photos would land in the same folder with the same name, tidyphotos adds a number to
the second one rather than overwriting anything. If it stops halfway, for example because
a disk fills up, run it again: it skips files that are already in place.

Please report problems on the issue tracker with the command you ran and the summary it
printed. A sample file that shows the problem helps us most.

## License

MIT. See `LICENSE` for the full text.
""",
    ),
    (
        "essay-bicycle.txt",
        "essay",
        """What a broken bicycle taught me about asking for help

For most of my twenties I treated my bicycle as a machine that either worked or belonged to
someone else's problem. When the gears slipped, I rode in whichever gear still held. When a
tyre went flat, I walked the bike to the shop on the corner and paid whatever they asked.
I told myself I was too busy to learn, but the truth is that I was embarrassed. Repairs felt
like a language everyone else had learned at school.

That changed on a wet Sunday in November, when my chain snapped four miles from home. The
shop was closed. A woman in a yellow jacket stopped, looked at the chain lying in the road
and asked whether I had a chain tool. I did not know what a chain tool was. She had one in
her saddle bag, and she did not fix the chain for me. She handed me the tool and talked me
through it: push the pin out, take out the broken link, join the ends, push the pin back.
It took me twenty minutes and she waited the whole time, standing in the rain.

What struck me afterwards was how ordinary the job had been. There was no secret. There was
a small tool, a few steps and someone patient enough to let me do them myself. I had spent
years paying to avoid a feeling of ignorance that lasted, in the end, about five minutes.

I started going to the community workshop under the railway arches on Thursday evenings. The
volunteers there follow one rule, which they repeat to every newcomer: you hold the spanner.
They will show you, they will point, they will tell you when you are about to strip a
thread, but your hands do the work. Some evenings I fixed nothing and only watched. Other
evenings I took a wheel apart and put it back together twice before the bearings ran
smoothly.

The rule has stayed with me beyond bicycles. At work I used to nod through explanations I
did not follow and then spend an evening piecing things together alone. Now I ask the
person to let me try while they watch. It is slower for both of us the first time and much
faster every time after that.

Today I keep a chain tool in my own saddle bag. I have used it twice, both times on other
people's bikes, and both times I handed it over and waited.
""",
    ),
    (
        "minutes-library.md",
        "meeting-notes",
        """# Friends of Eastfield Library: committee meeting, 12 February

Present: Joan Baptiste (chair), Marcus Lee, Anika Sharma, Ruth Okafor, Dev Patel

Apologies: Colin Hart

## Book sale

Anika reported that the January book sale raised £1,240, our best result in three years.
Volunteers sorted about 2,000 donated books over two weekends. Children's books and cookery
sold out first; hardback fiction sold slowly.

The committee agreed to hold the next sale on 18 May and to price hardback fiction at £1
instead of £2. Ruth offered to design a poster.

## Reading group room

The library manager has told us that the room we use for the reading group will become a
study space from April. She offered the local history room on the first floor instead,
which seats twelve. Our group has fifteen regular members, so Marcus will ask whether we can
use the main hall on the last Wednesday of each month, when the library stays open late.

Dev pointed out that the first floor has no lift. Two members use walking frames, so the
committee will not accept a room upstairs.

## Homework club

The homework club now has 22 children on its list and four volunteers. Joan said the
volunteers are stretched, especially on Tuesdays. We agreed to put an appeal for two more
volunteers in the March newsletter and on the noticeboard. New volunteers need a DBS check,
which the council arranges free of charge.

## Accounts

Marcus presented the accounts for the last quarter. We hold £3,860, of which £1,500 is set
aside for the summer reading challenge. The committee approved a payment of £220 for new
beanbags for the children's corner.

## Any other business

Ruth asked whether we could offer tea and biscuits at the reading group again. We agreed to
try it for three months and review the cost in May.

## Actions

- Ruth: design the poster for the May book sale by 1 March.
- Marcus: ask the library manager about the main hall for the reading group.
- Joan: write the volunteer appeal for the March newsletter.
- Anika: arrange storage for the unsold hardbacks.

Next meeting: 11 March, 7 pm, in the local history room.
""",
    ),
    (
        "cover-letter-analyst.txt",
        "cover-letter",
        """Dear Ms Fairweather,

I am applying for the role of data analyst in your customer insight team, which I saw on
your careers page last week. For the past three years I have analysed sales and returns
data for a regional chain of garden centres, and I would like to bring that experience to a
larger retailer with a national customer base.

In my current job I look after the weekly sales report that our buying team uses to decide
what to reorder. When I took it over, it was a spreadsheet that took a full day to update by
hand. I rebuilt it in SQL and Power BI, so it now refreshes overnight and the buyers see
the figures on Monday morning instead of Tuesday afternoon. That change alone gave the team
an extra day to place orders before the weekend rush.

I also enjoy the part of the job that happens away from the data. Last spring our returns
of outdoor furniture doubled. Rather than report the number, I read two hundred returns notes,
grouped the reasons and found that most returns came from one bench whose assembly
instructions missed a step. The supplier fixed the leaflet, and returns of that bench fell
by seventy percent within two months. I learned from that project that the most useful
analysis often starts with reading what customers actually wrote.

Your advert mentions that the team is building a model to predict which customers are about
to stop shopping with you. I have not built a churn model in production, but I completed a
course in applied machine learning last year and used logistic regression to forecast
seasonal demand for our bedding plants. I am keen to develop that side of my work with
colleagues who do it every day.

I work well with people who do not think of themselves as numbers people. Our store
managers now ask me for help directly, and I run a short monthly session where they bring
a question and we answer it together with the data.

I would welcome the chance to talk about the role. I am available for an interview at any
time, and I can start after a notice period of one month.

Yours sincerely,

Daniel Mbeki
""",
    ),
    (
        "howto-descale.md",
        "how-to",
        """# How to descale an espresso machine

Hard water leaves limescale inside your machine. Over time the scale slows the flow of
water, lowers the brewing temperature and gives the coffee a flat, bitter taste. Descaling
every two to three months keeps the machine working well. In a soft-water area, twice a
year is enough.

## What you need

- a descaling solution made for espresso machines, or citric acid
- a large jug that holds at least one litre
- a clean cloth
- about forty minutes

Do not use vinegar. It is hard to rinse out, and its smell stays in the machine for weeks.

## Before you start

Empty the drip tray and the water tank, and remove any water filter from the tank. Filters
absorb the descaler and stop it from reaching the pipes. Check your manual as well: some
machines have a descaling programme that runs these steps for you.

## Steps

1. Mix the descaler with water in the tank, following the amounts on the packet. For citric
   acid, dissolve two tablespoons in one litre of warm water.
2. Put the jug under the group head and the steam wand.
3. Run about half the tank through the group head, one cup at a time, with a pause of a
   minute between cups.
4. Open the steam wand and let a quarter of the tank run through it.
5. Switch the machine off and leave it for twenty minutes, so the solution can dissolve the
   scale that the first pass loosened.
6. Switch it back on and run the rest of the solution through the group head and the wand.
7. Rinse the tank and fill it with clean water. Run the whole tank through the machine,
   then fill it and run it through once more.

## After descaling

Brew one espresso and pour it away: the first shot may still taste slightly of the
descaler. Put the water filter back, if you use one, and make a note of the date so you
know when the next descale is due.

If water still flows slowly after two rinses, the scale may have blocked the shower screen.
Unscrew the screen, soak it in the descaling solution for an hour and scrub it with an old
toothbrush before you put it back.
""",
    ),
    (
        "postmortem-checkout.md",
        "postmortem",
        """# Postmortem: checkout errors on 21 October

## Summary

Between 13:05 and 13:52 on 21 October, one in five customers who tried to pay on our website
saw an error page. About 1,150 orders failed. No payments were taken for the failed orders,
and no customer data was exposed.

## Timeline

- 12:58 We deploy version 4.18 of the checkout service.
- 13:05 The error rate on the payment page starts to climb.
- 13:19 The on-call engineer receives an alert and starts to investigate.
- 13:41 We identify the new connection pool setting as the cause.
- 13:47 We roll back to version 4.17.
- 13:52 The error rate returns to normal.

## Cause

Version 4.18 reduced the number of connections the checkout service keeps open to the
payment provider from fifty to ten. We made the change to save memory, and it passed every
test, because our tests never send more than a few requests at a time. At lunchtime the
service needed more than ten connections. Requests that could not get one waited for five
seconds and then failed.

## Why it took 47 minutes

The alert fired fourteen minutes after the errors began, because it waits until the error
rate stays above five percent for ten minutes. The on-call engineer then looked first at the
payment provider's status page, since payment errors usually come from there. It took
twenty minutes to connect the errors to our own deploy.

## What we will change

1. Load-test every change to connection settings with production traffic levels before it
   ships.
2. Shorten the alert window for payment errors from ten minutes to three.
3. Show the last three deploys on the checkout dashboard, so the on-call engineer sees
   recent changes first.
4. Email the customers whose orders failed with a discount code and a link back to their
   basket.

## What went well

The rollback took five minutes from decision to recovery, and our fallback page told
customers that no money had left their account. Support received fewer than thirty
enquiries.

## Lessons

A setting that saves resources under test can starve a service under real load. We will
treat limits on connections, threads and memory as changes that need load tests, not as
tidying.
""",
    ),
    (
        "policy-equipment.md",
        "policy",
        """# Home working equipment policy

This policy explains what equipment we provide for people who work from home, how to order
it and what happens to it when you leave. It applies to all employees who work from home
for at least one day a week.

## What we provide

Everyone who works from home can order:

- a laptop, which your manager arranges when you join
- a monitor of up to 27 inches
- a keyboard, a mouse and a headset
- an adjustable chair, if you do not already have a suitable one

If you need other equipment because of a health condition or disability, talk to your
manager or to the people team. We will arrange an assessment and buy what the assessor
recommends.

## How to order

Order equipment through the IT portal. Your manager approves the order, and the supplier
delivers it to your home within ten working days. You do not need to pay anything yourself,
and you should not buy equipment and claim it back, because our insurance covers only
equipment that we buy.

## Looking after equipment

The equipment belongs to the company. Please keep it in good condition and use it mainly
for work. Reasonable personal use of your laptop, such as checking the news at lunch, is
fine. Do not let other people in your household use it, and lock the screen when you leave
your desk.

If anything breaks or goes missing, report it to the IT service desk within two working
days. We repair or replace equipment that fails through normal use at no cost to you. If
equipment is lost or damaged through carelessness, we may ask you to contribute to the cost
of replacing it, up to a limit of £200.

## Internet and energy costs

We pay a home working allowance of £26 a month through payroll to help with internet and
energy costs. You receive it automatically if your contract names home as one of your
places of work.

## When you leave

Return the laptop and any equipment worth more than £100 within two weeks of your last day.
The IT team will send you a prepaid box and a collection date. You may keep the keyboard,
mouse and headset.

## Questions

For questions about this policy, contact the people team at people@example.com. We review
the policy every year in January.
""",
    ),
    (
        "job-post-technician.md",
        "job-post",
        """# Maintenance technician, night shift

Calder Foods makes chilled soups and sauces for supermarkets across the north of England.
We are looking for a maintenance technician to keep our production lines running through
the night, at our site in Huddersfield.

## About the role

You will be one of two technicians on the night shift, working four nights on and four
nights off, from 18:00 to 06:00. When a line stops, you will find the fault and fix it, so
that the morning shift starts with every line ready. Between breakdowns, you will carry out
planned maintenance on pumps, fillers, conveyors and the packing robots.

## What you will do

- Diagnose and repair mechanical and electrical faults on filling and packing lines.
- Carry out planned maintenance and record it in our maintenance system.
- Hand over clearly to the day shift, in person and in writing.
- Suggest improvements that prevent the same fault from happening twice.
- Follow our food safety and hygiene rules on the production floor at all times.

## What we are looking for

- A recognised engineering qualification, such as an NVQ Level 3 or an apprenticeship, in
  mechanical or electrical maintenance.
- Experience of maintaining production machinery, ideally in food or drink manufacturing.
- Confidence in reading electrical drawings and in fault-finding on PLC-controlled
  equipment.
- The ability to work calmly on your own when a line is down.

You do not need experience with our exact machines. We will train you on them during your
first month, when you will work alongside an experienced technician on day shifts.

## What we offer

- A salary of £41,500, plus a night shift allowance of fifteen percent.
- Overtime at time and a half.
- Twenty-five days of holiday plus bank holidays.
- A pension with a six percent employer contribution.
- Free hot meals on every shift and free parking on site.

## How to apply

Send your CV and a short note about the most satisfying fault you have fixed to
jobs@calderfoods.example. We read every application and will reply within a week. Interviews
take place on site and include a tour of the production floor.

The closing date is 30 September.
""",
    ),
    (
        "release-notes-ledger.md",
        "release-notes",
        """# Ledger 3.2 release notes

Ledger 3.2 adds recurring invoices, speeds up bank imports and fixes several problems that
customers reported over the summer. The update installs itself the next time you open the
app. Your data stays where it is.

## New

### Recurring invoices

You can now set an invoice to repeat every week, month or year. Ledger creates each new
invoice on the right date and, if you choose, emails it to your customer. To try it, open
an invoice and choose **Repeat** from the menu.

### Payment reminders

Ledger can send a polite reminder when an invoice becomes overdue. You write the message
once and choose how many days after the due date it goes out. Reminders stop as soon as the
payment arrives.

## Improved

- Bank imports run up to four times faster for accounts with more than ten thousand
  transactions.
- The VAT return screen shows the figure for each box next to the transactions behind it.
- Search now finds invoices by the customer's reference as well as by our own number.

## Fixed

- Invoices in euros no longer show the pound sign in the PDF footer.
- The app no longer logs you out when you switch between two companies.
- Dates in CSV exports now follow your regional settings.
- Attachments larger than 10 MB upload correctly on slow connections.

## Known issues

Recurring invoices do not yet support discounts that apply only to the first invoice. We
plan to add this in version 3.3. Until then, add the discount to the first invoice by hand.

## Removed

We have removed the old PDF layout that we replaced in version 2.0. Invoices that used it
now use the standard layout.

## Questions

Our help centre has a short video on recurring invoices and a guide to writing reminders
that customers respond to. If something does not work as you expect, reply to the email
that announced this release and our support team will pick it up.
""",
    ),
    (
        "support-reply-router.txt",
        "support-reply",
        """Hello Mr Quinn,

Thank you for getting in touch, and for the detailed notes on what you have already tried.
They saved us both some time.

From what you describe, your router is working but the connection between it and our
exchange drops whenever the evening traffic peaks. The line test I ran this morning points
the same way: your line speed falls from 65 megabits to under 5 between about seven and
ten at night, and the router loses its connection three or four times in that window.

The most likely cause is a fault on the copper line between your home and the street
cabinet. Water in a junction box often causes exactly this pattern, and the wet weather of
the last fortnight would fit. I have booked an engineer to test the line from the cabinet
end on Thursday 9 May. The engineer does not need to come into your home unless the fault
turns out to be inside, in which case they will call you first.

In the meantime, two things may help:

1. Plug the router into the master socket, the one where the line enters the house, rather
   than into an extension. Extension wiring can make a weak line worse.
2. If you can, connect the computer you use for video calls to the router with a cable.
   That will not fix the drops, but it will reconnect faster when the line comes back.

I have also added a credit of £15 to your account for the days the service has not worked
properly. You will see it on your next bill.

I will check the engineer's report on Thursday afternoon and email you with the result. If
the problem continues after the repair, reply to this email and it will come straight back
to me, so you will not need to explain everything again.

Kind regards,

Amira Haddad
Customer Support, Northline Broadband
""",
    ),
    (
        "grant-orchard.md",
        "grant-proposal",
        """# Grant proposal: a community orchard for Millbrook

## Summary

Millbrook Residents' Association asks the Greenways Fund for £9,800 to plant a community
orchard of thirty fruit trees on the unused land behind Millbrook Primary School. Over two
years, residents and pupils will plant, prune and harvest the trees together, and the fruit
will go to the school kitchen, the food bank and anyone who helps.

## The need

Millbrook has more than 1,200 homes and no public green space within a ten-minute walk.
Half of the households live in flats without a garden. The land behind the school, about a
third of a hectare, has been fenced off and empty since a prefabricated classroom came down
in 2019. The council owns it and has agreed in writing to lease it to us for twenty-five
years at no cost.

Local families tell us that they want somewhere to grow food and to meet neighbours. When
we asked residents last autumn, 214 of the 260 people who replied said they would use an
orchard, and 61 offered to volunteer.

## What we will do

In the first winter we will clear the site, improve the soil and plant thirty trees:
apples, pears, plums and cherries, chosen from varieties that crop reliably in this area.
A local orchard specialist will lead four planting days and train ten volunteers to prune.

In the second year we will add benches, a tool store and a path that wheelchairs can use.
Pupils from the primary school will look after three trees of their own as part of their
science lessons.

## Budget

| Item | Cost |
|------|------|
| Trees, stakes and guards | £2,900 |
| Soil improvement and site clearance | £2,100 |
| Orchard specialist (eight days) | £2,400 |
| Benches, tool store and path | £2,000 |
| Insurance for two years | £400 |
| Total | £9,800 |

## How we will measure success

We will count the trees that survive their first two years, aiming for at least
twenty-seven of the thirty. We will record volunteer hours and the number of people who
come to each event, and we will weigh the fruit we give away. We will send the Fund a short
report with these figures and photographs at the end of each year.

## After the grant

The association will cover the insurance and small running costs from its own fundraising
after the second year. The trained volunteers will keep the orchard pruned, and the school
has agreed to include it in its grounds plan.
""",
    ),
    (
        "apology-flight.txt",
        "apology-letter",
        """Dear Mrs Adeyemi,

Thank you for writing to us about your journey from Manchester to Lisbon on 2 August. I am
sorry that your trip began so badly, and I am sorry that it took us three weeks to reply.
You deserved an answer much sooner.

I have read your letter and the notes our staff made on the day. Your flight left four
hours late because the aircraft needed a repair to its cargo door. That delay was outside
your control, but how we treated you during it was within ours, and we let you down. No one
told the passengers at the gate what was happening for the first two hours. The food
vouchers we handed out were worth less than a sandwich in the terminal, and when you asked
about your connecting train in Lisbon, the agent could not tell you anything useful.

You also told us that your mother, who uses a wheelchair, waited forty minutes on arrival
for the assistance you had booked. That should not have happened. I have passed your letter
to the manager of our assistance team in Lisbon, and she has asked the ground handling
company for a full account of why no one met the aircraft.

Under the rules on flight delays, you and your mother are each entitled to compensation of
€400, because your flight arrived more than three hours late. We have paid €800 into the
account you gave us, and it should reach you within five working days. We have also
refunded the €62 you paid for the train tickets you could no longer use.

We have made one change already. From September, gate staff at Manchester give an update
every thirty minutes during any delay, even when there is nothing new to report, so that
passengers are not left guessing.

If you would like to discuss any of this, you can call me directly on 0161 496 0750 between
nine and five. I hope you will give us the chance to look after you better on a future
journey.

Yours sincerely,

Helen Marsh
Customer Relations Manager
""",
    ),
    (
        "product-kettle.md",
        "product-announcement",
        """# Introducing the Stillwater kettle

Today we are launching the Stillwater, a kettle that boils only the water you pour into it
and tells you how much that is. It goes on sale on 1 October at £69 from our website and
from independent kitchen shops.

## Why we made it

Most people fill a kettle to the top and use one mug's worth. Boiling a full kettle for one
cup wastes about two minutes and enough electricity to run a fridge for an hour. We wanted a
kettle that makes it easy to boil the right amount without guessing.

## What it does

A window on the handle shows the water level in cups, from one to seven, so you can see at a
glance how much to pour in. The base heats a small amount of water faster than most
kettles, because the element sits in a shallow dish rather than under the whole base. One
cup boils in 55 seconds.

You can also choose the temperature. Green tea tastes best at 80 degrees and coffee at 93, so
the Stillwater has four settings as well as a full boil. It holds the water at that
temperature for up to thirty minutes, then switches itself off.

## Built to last

The body is brushed steel, and the lid, the filter and the base are all held with screws
rather than glue. If a part fails, you can order a new one from us and fit it with a
screwdriver. We guarantee the kettle for five years and keep spare parts for at least ten.

## Quieter than you expect

Kettles are loud because bubbles collapse against the hot element. The Stillwater's
shallow dish spreads the heat, and the noise stays below that of a normal conversation.

## Availability

The Stillwater comes in three colours: slate, sand and sage. You can order it now for
delivery in the first week of October. Customers who order before launch day receive a
free descaling kit, which keeps the element clean in hard-water areas.

Read the full specifications and the repair guide at stillwater.example/kettle.
""",
    ),
    (
        "announce-office.txt",
        "announcement",
        """Our Leeds office is moving

From Monday 7 April, our Leeds team will work from new offices at 14 Wharf Street, a
ten-minute walk from the station. The new building gives us room to grow, better meeting
rooms and step-free access from the street, which our current office lacks.

What changes for visitors

Please send post and deliveries to the new address from 7 April. Our phone numbers and email
addresses stay the same. Visitors can park in the public car park on Dock Street, and
reception will give you a voucher for free parking if your meeting is with us.

What changes for staff

The move happens over the weekend of 5 and 6 April. Each team will receive crates on
Wednesday 2 April; please pack your desk by Friday lunchtime and label each crate with your
name and new desk number. The removal company will move everything else, including the
kitchen equipment and the printers.

The new office has fewer fixed desks and more shared ones. Everyone keeps a locker, and each
team has a bank of desks near its lockers. We will use the first month to see how well this
works and adjust it before the summer.

The building opens at seven in the morning and closes at eight in the evening. Your current
pass will work on the new doors, so you do not need a new one.

Getting there

Wharf Street is on the number 6 and 16 bus routes. The building has secure storage for
forty bicycles and showers on the ground floor. If you drive, ask the facilities team about
a permit for the Dock Street car park before the end of March.

Questions

Sam Achebe in facilities is coordinating the move. Email sam.achebe@example.com or drop by
his desk on the second floor if you have a question we have not answered here. We will hold
a short open afternoon in the new office on Thursday 3 April, so you can look around before
your first day there.
""",
    ),
]

# A second batch of clean documents, written after the first round of changes and scored
# before the second: false alarms the first round's changes did not foresee.
CLEAN_SECOND: list[tuple[str, str, str]] = [
    (
        "email-handover.txt",
        "email",
        """Subject: Handover for the Ashford account while I am away

Hi Leon,

As we discussed on Friday, you will look after the Ashford account from Monday 2 June until
I return on the 23rd. Here is what you need to know.

The client is halfway through moving their payroll to our system. Their finance manager,
Grace Mensah, is your main contact. She prefers a phone call to an email for anything
urgent, and she usually replies the same day. The migration plan, the contract and my
meeting notes are in the shared Ashford folder.

Three things are due while I am away:

1. The test payroll run on 10 June. Grace's team checks the payslips against their old
   system and sends us a list of differences by the 12th. Most differences so far have come
   from rounding in overtime pay, and the fix is in our setup notes.
2. The training session for their line managers on 17 June. Our trainer, Kofi, has the
   slides and has run the same session for two other clients. You only need to introduce
   him and stay for the questions at the end.
3. The monthly invoice, which finance sends on the 20th. Please check that it shows the
   discount we agreed for the first six months.

Grace has asked twice whether we can import their holiday records from the old system. We
can, but not before the first live payroll in July. I told her we would confirm a date by
the end of June, so please do not promise anything sooner.

If something comes up that you cannot answer, Maya knows the account almost as well as I
do and has offered to help. I will check my email once a week, on Wednesdays, in case
anything needs my decision.

Thank you for taking this on. I think you will enjoy working with Grace.

Best,

Ines
""",
    ),
    (
        "essay-allotment.md",
        "essay",
        """# The allotment waiting list

When we moved to the town, I put my name down for an allotment. The council told me the
wait was about four years. I assumed that was a polite way of saying never, and I forgot
about it.

Five years later a letter arrived offering me plot 41, a strip of ground thirty metres long
at the far end of the site, next to the railway. The previous tenant had given it up after
a knee operation. When I went to look, the brambles reached my shoulders and a shed lay on
its side under a sheet of rusty corrugated iron.

The first summer was mostly digging. I cleared a third of the plot and grew potatoes,
because everyone on the site said potatoes break up the soil. They were right. They also
said I would grow too many courgettes, and they were right about that as well.

What I had not expected was the company. Allotment holders are generous with advice and
even more generous with plants. In my first month, the man on plot 40 gave me rhubarb
crowns, a woman I had never spoken to left a tray of leek seedlings by my gate, and the
site secretary lent me a strimmer for a whole weekend. In return I have learned to pass
on my own spare seedlings and to listen to long stories about onions.

The plot has also changed how I cook. We eat what is ready, not what a recipe asks for, so
June is all broad beans and September is a race to use the tomatoes before they split. I
waste less food, partly because I know how long it took to grow.

Now, in my fourth year, the whole plot is planted. The shed stands upright again, with a
new roof and a rain barrel beside it. Last month the council sent me a letter asking
whether I would mentor a new tenant, who had just reached the top of the waiting list
after five years. I said yes, and I have already set aside a tray of leeks.
""",
    ),
    (
        "howto-bleed.txt",
        "how-to",
        """How to bleed a radiator

If a radiator is cold at the top and warm at the bottom, air is trapped inside it. Letting
the air out, which plumbers call bleeding the radiator, takes ten minutes and needs no
special skills.

What you need

A radiator key, which costs a pound or two at any hardware shop
An old cloth or a small towel
A bowl to catch drips

Steps

1. Turn the heating on and wait until the radiators are warm. Then turn the heating off and
   let them cool for twenty minutes, so you do not scald your hand.
2. Find the bleed valve. It is a small square nut in a round fitting at one of the top
   corners of the radiator.
3. Hold the cloth under the valve and fit the key onto the nut.
4. Turn the key anticlockwise by a quarter turn. You will hear a hiss as the air escapes.
5. When water starts to come out instead of air, turn the key clockwise to close the valve.
   Do not overtighten it.
6. Wipe away any water and move on to the next radiator that needs bleeding.

Check the pressure

Bleeding radiators lets a little water out of the system, so the pressure in the boiler
drops. Look at the gauge on the front of the boiler. Most boilers need a pressure between 1
and 1.5 bar when the heating is off. If the needle is below 1, top the system up using the
filling loop, following the instructions in your boiler manual.

If it does not work

If a radiator is still cold at the top after bleeding, the problem may be sludge at the
bottom of the radiator or a faulty valve rather than air. In that case, ask a heating
engineer to look at the system. If you have to bleed the same radiator every week, air is
getting in somewhere, and an engineer should find out where.
""",
    ),
    (
        "status-library-app.md",
        "status-report",
        """# Library app: monthly update, April

## Highlights

The new version of the library app reached all users on 9 April. Members can now renew
loans with one tap, and the number of renewals made through the app rose from 3,100 in
March to 5,400 in April. Calls to branches about renewals fell by about a third.

## Progress against the plan

| Goal for April | Status |
|----------------|--------|
| Release version 2.0 | Done on 9 April |
| Add e-book loans | On track for May |
| Accessibility audit | Done; report received |

The accessibility audit found twelve problems, none of them severe. The most important is
that screen readers announce the book covers as "image" with no description. We will fix
this and four other problems in the May release, and the rest by the end of June.

## What did not go to plan

Sign-in failed for about two hundred members during the first two days after release. They
had library cards issued before 2015, which use a different number format. We fixed the
problem on 11 April and emailed every affected member to apologise. Nobody lost any loans
or reservations.

The e-book work is running a week behind, because the supplier changed its login system in
the middle of the month. We still expect to release e-book loans in the May update, but
the date may move from 14 to 21 May.

## Costs

We have spent £38,200 of the £60,000 budget for the year. The audit cost £2,400 less than
we planned, which covers the extra week on e-books.

## Next month

In May we will release e-book loans and the accessibility fixes, and we will start testing
a reading history feature with a group of fifty volunteers from the Central branch. I will
report on the e-book release date as soon as the supplier confirms its changes.

Aisha Rahman, Digital Services
""",
    ),
]

# One planted clarity problem a passage, in wordings of its own (few are on the rules' lists).
CLARITY_PROBLEMS: list[str] = [
    # Wordy phrases.
    "⟦clarity|At this juncture⟧ we cannot confirm the price of the new tiles.",
    "The depot will close early ⟦clarity|on account of the fact that⟧ the heating has failed.",
    "We kept the old forms ⟦clarity|with a view to⟧ comparing the two versions later.",
    "Orders ⟦clarity|in excess of⟧ fifty units ship free of charge.",
    "⟦clarity|In the absence of⟧ a reply by Friday, we will book the later slot.",
    "The landlord is ⟦clarity|in a position to⟧ offer a second parking space.",
    "⟦clarity|It is our intention to⟧ reopen the café in the spring.",
    # Hidden verbs (nominalisations).
    "The board will ⟦clarity|make a determination⟧ on the merger in June.",
    "Our auditors ⟦clarity|undertook a review of⟧ every supplier contract last year.",
    "Please ⟦clarity|give notification to⟧ the office if you will be absent.",
    "The new boiler ⟦clarity|achieved a reduction in⟧ our gas bill of nearly a third.",
    "The engineers ⟦clarity|performed an assessment of⟧ the bridge after the flood.",
    "Could you ⟦clarity|provide clarification on⟧ the dates in your second email?",
    # Needless passives.
    "⟦clarity|Mistakes were made⟧ in the handover, and the shipment went to the wrong town.",
    "The decision to close the Exeter branch ⟦clarity|was taken⟧ on Friday.",
    "The new rota ⟦clarity|has been agreed⟧ and goes out to every nurse on Monday.",
    "Your application ⟦clarity|will be reviewed⟧ and a decision sent within ten days.",
    "The figures in the appendix ⟦clarity|were checked⟧ twice before the report went out.",
    # Long sentences.
    "⟦clarity|The survey that the council sent to every household in the three northern wards "
    "last spring asked residents how often they used the bus, what stopped them using it more "
    "and whether a later evening service would change how they travelled to work.⟧",
    "⟦clarity|Because the contractor who was supposed to replace the windows in the east wing "
    "did not turn up for the second week running, the school had to move two classes into the "
    "hall, where the noise from the kitchen made teaching nearly impossible.⟧",
    # Run-on chains.
    "⟦clarity|We opened the new shop on Saturday, and the queue went round the block, and we ran "
    "out of bread by eleven, and then the card machine stopped working, so we took cash.⟧",
    # Jargon.
    "Let's ⟦clarity|socialise⟧ the proposal with the regional leads before the board sees it.",
    "We need to ⟦clarity|action the learnings⟧ from the pilot before the wider rollout.",
    "The new portal offers a ⟦clarity|best-in-class, end-to-end⟧ experience for our partners.",
    "Before we commit, I want to ⟦clarity|double-click on⟧ the staffing numbers.",
    "We should ⟦clarity|take this offline⟧ and ⟦clarity|align on bandwidth⟧ next week.",
    # Vague words and unnamed sources.
    "⟦clarity|Research suggests⟧ that open-plan offices lower productivity.",
    "⟦clarity|Experts agree⟧ that the new rules will raise rents.",
    "The launch had ⟦clarity|a number of⟧ issues that we are still looking into.",
    "The results were ⟦clarity|kind of⟧ disappointing for the second quarter.",
    # Hedging stacks.
    "It ⟦clarity|might perhaps be somewhat advisable⟧ to check the invoices again.",
    "We ⟦clarity|could possibly consider maybe⟧ extending the trial by a month.",
    # Redundancy.
    "Please ⟦clarity|revert back⟧ to the old settings if the update fails.",
    "The ⟦clarity|final outcome⟧ of the tender will be known in May.",
    "Based on our ⟦clarity|past experience⟧, the ferry is rarely on time in winter.",
    "The two teams will ⟦clarity|collaborate together⟧ on the new timetable.",
    "We will give you ⟦clarity|advance warning⟧ before the water is turned off.",
    # Hard words.
    "⟦clarity|The committee's deliberations necessitated comprehensive reconsideration of "
    "organisational prioritisation methodologies and interdepartmental resource allocation "
    "mechanisms.⟧",
]

# Put aside before any rule changed and scored only once, at the end: how far the changes
# carry to problems they were not written for.
CLARITY_HELD_BACK: list[str] = [
    "⟦clarity|In the event of⟧ snow, the school will post updates on its website.",
    "The surveyors ⟦clarity|carried out an inspection of⟧ the roof on Tuesday.",
    "We ⟦clarity|are of the opinion that⟧ the lease should be renewed.",
    "⟦clarity|It has been decided⟧ that the canteen will close at two.",
    "The refund ⟦clarity|was processed⟧ yesterday and should reach you by Friday.",
    "We will ⟦clarity|circle back⟧ once finance ⟦clarity|has visibility on⟧ the numbers.",
    "⟦clarity|Many commentators feel⟧ that the festival has lost its way.",
    "Attendance was ⟦clarity|pretty much⟧ the same as last year.",
    "The two documents are ⟦clarity|exactly identical⟧ apart from the date.",
    "We ⟦clarity|may potentially perhaps⟧ need a bigger venue next year.",
    "⟦clarity|The team that looked after the accounts of the smaller clients in the western "
    "region until the restructuring last year has now been split between the Bristol office and "
    "the new hub in Swindon, which opened in March.⟧",
    "Please ⟦clarity|make an application for⟧ the permit at least a month before the event.",
    "The club ⟦clarity|gave consideration to⟧ three sites before choosing the park.",
    "The hotel ⟦clarity|is located in close proximity to⟧ the station.",
    "We need a ⟦clarity|robust, scalable, future-proof⟧ approach to the archive.",
]

# (name, marked text): short documents with one planted structure problem each.
STRUCTURE_PROBLEMS: list[tuple[str, str]] = [
    (
        "jump.md",
        "# Visiting the archive\n\nThe archive opens to researchers on weekdays.\n\n"
        "⟦structure/heading-jump|### Booking a desk⟧\n\nBook a desk online at least two days "
        "ahead. Bring photo ID on your first visit.\n",
    ),
    (
        "orphan.md",
        "# Parking at the depot\n\nStaff park in the yard behind the loading bays. One rule "
        "applies:\n\n⟦structure/orphan-list|- Leave the fire lane clear at all times.⟧\n\n"
        "Visitors park on the street.\n",
    ),
    (
        "markers.md",
        "# Packing for the field trip\n\nEach pupil needs to bring:\n\n- a packed lunch\n"
        "- a waterproof coat\n⟦structure/list-markers|*⟧ sturdy shoes\n- a water bottle\n\n"
        "We return to school at half past three.\n",
    ),
    (
        "numbering.md",
        "# Resetting the alarm\n\nFollow these steps after a false alarm:\n\n"
        "1. Enter your code on the panel.\n2. Press the reset key.\n"
        "⟦structure/list-numbering|4.⟧ Wait for the green light.\n\n"
        "Call the alarm company if the light stays red.\n",
    ),
    (
        "no-title.md",
        "⟦structure/missing-title|The gym reopens on Monday after the refit.⟧\n\n"
        "## New equipment\n\nWe have added six rowing machines and a second squat rack.\n\n"
        "## Opening hours\n\nThe gym opens from six in the morning until ten at night.\n",
    ),
    (
        "no-intro.md",
        "# Volunteer handbook\n\nThis handbook covers what volunteers need on their first "
        "day.\n\n⟦structure/missing-intro|## Safety⟧\n\n### Fire exits\n\nThere are two fire "
        "exits, one at each end of the hall.\n\n### First aid\n\nThe first aid kit is in the "
        "kitchen.\n",
    ),
    (
        "empty.md",
        "# Club newsletter, May\n\nThe season starts in two weeks.\n\n"
        "⟦structure/empty-section|## Fixtures⟧\n\n## Training\n\nTraining moves to Tuesday "
        "evenings from 7 May.\n",
    ),
    (
        "heading-colon.md",
        "# Quarterly figures\n\nSales rose in every region this quarter.\n\n"
        "## By region⟦structure/heading-punctuation|:⟧\n\nThe north grew fastest, by twelve "
        "percent.\n",
    ),
    (
        "wall.md",
        "# Moving house checklist\n\n⟦structure/long-paragraph|Start a month before the move by "
        "booking the removal company and asking for a written quote, then tell your bank, your "
        "doctor, your dentist and your employer the date you will move and the new address. Two "
        "weeks before, arrange for the gas, electricity and water to be read on the day you "
        "leave, and set up accounts with the suppliers at the new house. Cancel or move your "
        "broadband, because installation can take a fortnight in some areas. A week before, "
        "start packing the rooms you use least, label every box with the room it belongs in, "
        "and keep a separate box for the kettle, mugs, toilet roll, chargers and the tools you "
        "will need on the first night. On the day, take meter readings and photographs at both "
        "houses, check every cupboard before you hand over the keys, and leave a note for the "
        "new owners with the bin collection days and where to find the stopcock.⟧\n\n"
        "## After the move\n\nRegister to vote at the new address.\n",
    ),
    (
        "plain-no-title.txt",
        "⟦structure/missing-title|We are changing how we handle refunds from 1 July.⟧\n\n"
        "Customers will receive refunds to their original payment method within five working "
        "days. Store credit will no longer be the default.\n\nStaff should tell customers about "
        "the change at the till and point them to the notice by the door.\n",
    ),
]


def _doc(name: str, marked: str, genre: str = "check", style: str = "neutral") -> Doc:
    text, gold = parse(marked, name)
    fmt: Format = "markdown" if name.endswith(".md") else "text"
    return Doc(name, text, fmt, cast(Style, style), genre, tuple(gold))


def clean_docs(batch: list[tuple[str, str, str]] = CLEAN) -> list[Doc]:
    """The clean documents of a batch (CLEAN or CLEAN_SECOND), as the eval reviews them."""
    return [_doc(name, text, genre) for name, genre, text in batch]


def clarity_docs(passages: list[str] = CLARITY_PROBLEMS) -> list[Doc]:
    """One plain-text document a planted clarity problem."""
    return [_doc(f"clarity-{i:02d}.txt", t) for i, t in enumerate(passages)]


def structure_docs() -> list[Doc]:
    """One short document a planted structure problem."""
    return [_doc(name, text) for name, text in STRUCTURE_PROBLEMS]


def per_1k(t: Tally, docs: Iterable[Doc]) -> float:
    """False alarms per 1,000 prose words of ``docs``."""
    return round(1000 * t.fp / sum(words(d) for d in docs), 2)


def _print_misses(t: Tally, docs: list[Doc]) -> None:
    by_name = {d.name: d for d in docs}
    for m in t.misses:
        print(f"  {m.kind} {m.rule} {m.doc}: {by_name[m.doc].text[m.start : m.end][:80]!r}")


def report() -> None:
    """Print false alarms on each clean batch and recall on the planted problems."""
    for label, batch in (("first", CLEAN), ("second", CLEAN_SECOND)):
        clean = clean_docs(batch)
        print(f"{label} clean batch: {len(clean)} documents, {sum(words(d) for d in clean)} words")
        for lens in LENSES:
            fa = score(clean, lens)
            print(f"  {lens}: {fa.fp} false alarms ({per_1k(fa, clean)} per 1,000 words)")
            _print_misses(fa, clean)
    planted = {
        "clarity": clarity_docs(),
        "clarity, held back": clarity_docs(CLARITY_HELD_BACK),
        "structure": structure_docs(),
    }
    for label, docs in planted.items():
        hit = score(docs, label.split(",")[0])
        print(f"{label}: recall {hit.tp}/{hit.tp + hit.fn}, {hit.fp} other findings")
        _print_misses(hit, docs)


if __name__ == "__main__":
    report()
