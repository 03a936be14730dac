"""Well-written texts that no lens should flag (false-alarm guards)."""

from __future__ import annotations

MARKDOWN_GUIDE = """# Deploying the service

This guide explains how to deploy the service on a new cluster. It takes about an hour.

## Before you start

You need a Kubernetes cluster, a user account with admin rights and the `kubectl` tool.
Check the version with `kubectl version --client` and read https://kubernetes.io/docs/setup/
if the command fails. You need no MBA, but a university degree helps.

## Steps

1. Create the namespace:

   ```bash
   kubectl create namespace the the
   ```

2. Install the chart with `helm install mesh ./helm`.
3. Wait until every pod is ready.

The installer writes its logs to /var/log/mesh/install.log, so check them when a step fails.
Each pod has its own volume. There are two replicas of each role, and there is one Redis.

| Setting   | Default | Meaning            |
|-----------|---------|--------------------|
| replicas  | 2       | pods per role      |

> Keep the default settings for a first install.

## Summary

After these steps the service runs on the cluster. Mr. Smith, our lead, reviews each release.
"""

PLAIN_LETTER = """Release notes

Version 2.4 fixes the import bug that users reported last week. Files with long names now
load correctly, and the progress bar shows the right total.

We also made the search faster. A query that took four seconds now takes less than one.
Thank you for the reports; they helped us find the cause quickly.
"""

CLEAR_PROSE = """# Status

We shipped the new search page on Monday. Users find results faster, and support tickets
about search fell by half. I am interested in what comes next. The cache is used to store
results for an hour. We would rather wait than rush the next step.

Next, we will add filters. The team will start on Tuesday and plans to finish in two weeks.
"""

CALM_PROSE = """# Notes for the API team

The HTTP server restarts every night, and the JSON output keeps its format. NOTE: the NASA
data set arrives on Fridays. What kind of report do you need? I believe in short reports.

Thanks for the quick fix. The new build works well on every machine we tried.
"""

# Correct uses of the words the confusable and agreement rules look at.
CONFUSABLE_TRAPS = """# Notes

It's a good idea. It's been a week. It's clear that we won. It's raining again. It's time
to go. It's users who decide. It's hours away. I think it's bugs all the way down. It's open
source. Well, it's tests that catch this. The shoe fits; it's size 10. It's title case.
It's team effort that counts. It's name calling. Here and there team leads help.

Is there time to fix it? There is a team for that. Put the box over there. We went there
time and again. Over there, the team waits. I was there today. Are there tests? Is there
money left? They went there early.

If it rains, we stay home. In 2020, we moved to Berlin. Yes, it is. The lettuce bolted, the
tomatoes crowded the beans and the squash took over. At six, an hour before the doors
opened, the singer fell. The mismatch cost us trust. If a review blocks urgent work, the
author can ask. Our new system went live on Monday. It's time we left. You're new here.
The fix works, I think, but slowly. An external drive at least twice the size is enough.

Your worried look says it all. Your right arm hurts. It is your right. Your running shoes
are wet. I appreciate your trying. Thanks for your continued support. Your expected date
is Monday. Pay your fine. Check your about page. Your ready meals arrive today. Your late
father was kind. We admire your happy, healthy team. Send it to your invited guests.

The list of bugs is long. The rest of the files are fine. The children of the village are
here. The head of sales thinks costs are high. The quality of the results has improved. A
number of tests are slow. In the list of bugs are three. The men are late.

Name:  Ann
"""

CLEAN = {
    "grammar": [MARKDOWN_GUIDE, PLAIN_LETTER, CLEAR_PROSE, CALM_PROSE, CONFUSABLE_TRAPS],
    "clarity": [MARKDOWN_GUIDE, PLAIN_LETTER, CLEAR_PROSE, CALM_PROSE],
    "tone": [MARKDOWN_GUIDE, PLAIN_LETTER, CLEAR_PROSE, CALM_PROSE],
    "structure": [MARKDOWN_GUIDE, CLEAR_PROSE],
}
