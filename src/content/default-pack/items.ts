import type { Item } from "../../domain/pack/schema";

/**
 * The self-check questions, grouped by domain in the order they are asked.
 * Options run from best to worst. Red-flag items carry no stage: a flagged answer
 * opens the safety screen and is never scored.
 */
export const items: Item[] = [
  // Sleep
  {
    id: "sleep-quality",
    domain: "sleep",
    quick: true,
    question: "In the last two weeks, how has your sleep been?",
    why: "Sleep is often the first thing stress changes. Poor sleep also makes everything else feel harder.",
    options: [
      {
        id: "good",
        label: "Good. I usually wake up rested.",
        stage: "steady",
        patterns: ["settled"],
      },
      { id: "bit-off", label: "A bit off, but I get by.", stage: "stretched" },
      { id: "poor", label: "Poor on a lot of nights.", stage: "strained" },
      { id: "very-poor", label: "Very poor most nights. I am worn out.", stage: "struggling" },
    ],
  },
  {
    id: "sleep-switch-off",
    domain: "sleep",
    question: "Lately, how easy is it to switch off from work when you go to bed?",
    why: "A mind that keeps going over work can be a sign your body is still on alert.",
    options: [
      { id: "easy", label: "Easy. I can let work go.", stage: "steady", patterns: ["settled"] },
      { id: "sometimes", label: "Work is on my mind some nights.", stage: "stretched" },
      {
        id: "often-awake",
        label: "I often lie awake going over things.",
        stage: "strained",
        patterns: ["on-edge"],
      },
      {
        id: "cannot",
        label: "I can't switch off at all. My mind races.",
        stage: "struggling",
        patterns: ["on-edge"],
      },
    ],
  },
  // Energy and body
  {
    id: "energy-level",
    domain: "energy-body",
    quick: true,
    question: "In the last two weeks, how has your energy been?",
    why: "Feeling drained is one of the most common signs of too much stress. It can also build up slowly, so it helps to check.",
    options: [
      { id: "enough", label: "I have the energy I need.", stage: "steady", patterns: ["settled"] },
      { id: "lower", label: "Lower than usual, but I manage.", stage: "stretched" },
      { id: "tired", label: "I'm tired most of the time.", stage: "strained" },
      {
        id: "exhausted",
        label: "I'm exhausted, even after rest.",
        stage: "struggling",
      },
    ],
  },
  {
    id: "body-tension",
    domain: "energy-body",
    question:
      "Lately, how often have you felt stress in your body, like a tight chest, headaches or a sore stomach?",
    why: "Stress often shows up in the body before we notice it in our thoughts.",
    options: [
      { id: "hardly", label: "Hardly at all.", stage: "steady" },
      { id: "now-and-then", label: "Now and then.", stage: "stretched" },
      { id: "often", label: "Often.", stage: "strained", patterns: ["on-edge"] },
      { id: "most-days", label: "Most days.", stage: "struggling", patterns: ["on-edge"] },
    ],
  },
  {
    id: "body-basics",
    domain: "energy-body",
    question:
      "In the last two weeks, how well have you kept up with eating, drinking water and moving about?",
    why: "When we are stressed, the basics are often the first things to slip. On a long shift, that is often about time and staffing, not about you.",
    options: [
      { id: "well", label: "Well, most days.", stage: "steady" },
      { id: "okay", label: "Okay, with a few missed meals or breaks.", stage: "stretched" },
      { id: "not-well", label: "Not well. I often miss meals or breaks.", stage: "strained" },
      {
        id: "let-go",
        label: "Hardly at all. I have let these go.",
        stage: "struggling",
      },
    ],
  },
  // Mood
  {
    id: "mood-overall",
    domain: "mood",
    quick: true,
    question: "In the last two weeks, how has your mood been most of the time?",
    why: "Everyone has ups and downs. We ask to see how your mood has been overall, not on one bad day.",
    options: [
      { id: "good", label: "Mostly good.", stage: "steady", patterns: ["settled"] },
      { id: "up-down", label: "Up and down.", stage: "stretched" },
      { id: "low", label: "Low or grumpy a lot of the time.", stage: "strained" },
      {
        id: "very-low",
        label: "Very low, and it's hard to shift.",
        stage: "struggling",
        holds: "struggling",
      },
    ],
  },
  {
    id: "mood-irritable",
    domain: "mood",
    question: "Lately, how quickly do you get cross or snappy with people?",
    why: "Getting cross more easily can be a sign your body is on high alert. It is a common stress response, not a flaw.",
    options: [
      { id: "usual", label: "No more than usual.", stage: "steady" },
      {
        id: "bit-quicker",
        label: "A bit quicker than usual.",
        stage: "stretched",
        patterns: ["on-edge"],
      },
      {
        id: "much-quicker",
        label: "Much quicker. Small things set me off.",
        stage: "strained",
        patterns: ["on-edge"],
      },
      {
        id: "most-of-time",
        label: "I feel angry or on edge most of the time.",
        stage: "struggling",
        patterns: ["on-edge"],
      },
    ],
  },
  {
    id: "mood-numb",
    domain: "mood",
    question:
      "Lately, how often do you feel flat or numb, as if you are going through the motions?",
    why: "Feeling numb is a way the body protects itself from too much. It is easy to miss, so we ask about it.",
    options: [
      { id: "not-at-all", label: "Not at all. I feel things as usual.", stage: "steady" },
      {
        id: "hard-days",
        label: "A little, on hard days.",
        stage: "stretched",
        patterns: ["shut-down"],
      },
      { id: "quite-often", label: "Quite often.", stage: "strained", patterns: ["shut-down"] },
      {
        id: "most-of-time",
        label: "Most of the time. I don't feel much at all.",
        stage: "struggling",
        patterns: ["shut-down"],
      },
    ],
  },
  // Thinking and concentration
  {
    id: "think-focus",
    domain: "thinking",
    quick: true,
    question: "In the last two weeks, how easy has it been to focus and make decisions?",
    why: "Stress uses up brain power. Trouble focusing is common, and it is worth noticing because it can affect safety at work.",
    options: [
      { id: "usual", label: "As easy as usual.", stage: "steady", patterns: ["settled"] },
      { id: "bit-harder", label: "A bit harder than usual.", stage: "stretched" },
      { id: "much-harder", label: "Much harder. I lose track or make slips.", stage: "strained" },
      {
        id: "foggy",
        label: "Very hard. My mind feels foggy or blank.",
        stage: "struggling",
        patterns: ["shut-down"],
      },
    ],
  },
  {
    id: "think-worry",
    domain: "thinking",
    question: "Lately, how often do worries about work go round and round in your head?",
    why: "Thoughts that keep looping can wear you out and keep your body on alert.",
    options: [
      { id: "hardly", label: "Hardly ever.", stage: "steady" },
      { id: "sometimes", label: "Sometimes.", stage: "stretched" },
      { id: "often", label: "Often.", stage: "strained", patterns: ["on-edge"] },
      {
        id: "all-the-time",
        label: "All the time. I can't stop them.",
        stage: "struggling",
        patterns: ["on-edge"],
      },
    ],
  },
  // Connection with others
  {
    id: "connect-people",
    domain: "connection",
    quick: true,
    question: "In the last two weeks, how connected have you felt to the people around you?",
    why: "Good links with other people protect us from stress. Pulling away from them can be an early sign that things are hard.",
    options: [
      { id: "close", label: "Close and supported.", stage: "steady", patterns: ["settled"] },
      { id: "bit-distant", label: "Mostly okay, a bit distant.", stage: "stretched" },
      {
        id: "cut-off",
        label: "Cut off or lonely a lot of the time.",
        stage: "strained",
        patterns: ["shut-down"],
      },
      {
        id: "very-alone",
        label: "Very alone. I keep away from people.",
        stage: "struggling",
        patterns: ["shut-down"],
      },
    ],
  },
  {
    id: "connect-say-no",
    domain: "connection",
    question: "Lately, how easy is it to say no when someone asks for your time or help?",
    why: "Caring people often find it hard to say no. Over time, always saying yes can leave you running on empty.",
    options: [
      { id: "easy", label: "Easy when I need to.", stage: "steady", patterns: ["settled"] },
      {
        id: "sometimes-hard",
        label: "Sometimes hard.",
        stage: "stretched",
        patterns: ["people-pleasing"],
      },
      {
        id: "hard",
        label: "Hard. I say yes even when I'm stretched thin.",
        stage: "strained",
        patterns: ["people-pleasing"],
      },
      {
        id: "cannot",
        label: "I can't say no to anyone, even when it costs me.",
        stage: "struggling",
        patterns: ["people-pleasing"],
      },
    ],
  },
  {
    id: "connect-talk",
    domain: "connection",
    question: "Lately, is there someone you can talk to honestly about how you are?",
    why: "Having even one person to talk to makes a big difference. We ask so the app can point you to support if you need it.",
    options: [
      { id: "yes-do", label: "Yes, and I do talk to them.", stage: "steady" },
      { id: "yes-rarely", label: "Yes, but I don't often do it.", stage: "stretched" },
      { id: "not-really", label: "Not really.", stage: "strained" },
      { id: "no-one", label: "No one at all.", stage: "struggling", holds: "struggling" },
    ],
  },
  // Work and purpose
  {
    id: "work-load",
    domain: "work-purpose",
    question: "In the last two weeks, how manageable has your workload felt?",
    why: "Too much work for too long is one of the main causes of stress. It is about the job, not about you.",
    options: [
      { id: "manageable", label: "Manageable.", stage: "steady" },
      { id: "busy", label: "Busy, but I cope.", stage: "stretched" },
      { id: "too-much", label: "Too much on most days.", stage: "strained" },
      { id: "far-too-much", label: "Far too much. I can't keep up.", stage: "struggling" },
    ],
  },
  {
    id: "work-meaning",
    domain: "work-purpose",
    quick: true,
    question: "Lately, how much do you feel your work still makes a difference?",
    why: "Feeling that your work helps people protects you. It is worth noticing what is going well. Feeling cynical or that nothing helps can be a sign of burnout.",
    options: [
      {
        id: "a-lot",
        label: "A lot. I feel proud of it.",
        stage: "steady",
        patterns: ["settled"],
      },
      { id: "some", label: "Some of the time.", stage: "stretched" },
      { id: "rarely", label: "Rarely. I feel more cynical.", stage: "strained" },
      {
        id: "not-at-all",
        label: "Not at all. I've stopped caring.",
        stage: "struggling",
        patterns: ["shut-down"],
      },
    ],
  },
  {
    id: "work-moral-distress",
    domain: "work-purpose",
    question:
      "In the last two weeks, how often could you not do what you believed was right at work, because of rules, time or staffing?",
    why: "Being stopped from doing what you believe is right can hurt. It is sometimes called moral distress, and it says more about the system than about you.",
    options: [
      { id: "rarely", label: "Rarely or never.", stage: "steady" },
      { id: "sometimes", label: "Sometimes.", stage: "stretched" },
      { id: "often", label: "Often.", stage: "strained" },
      {
        id: "most-days",
        label: "Most days, and it stays with me.",
        stage: "struggling",
      },
    ],
  },
  // Coping habits
  {
    id: "coping-unwind",
    domain: "coping",
    question: "In the last two weeks, how often have you done something that helps you unwind?",
    why: "Things you enjoy help your body recover from stress. When they drop away, it is a sign to be kind to yourself.",
    options: [
      { id: "most-days", label: "Most days.", stage: "steady", patterns: ["settled"] },
      { id: "few-times", label: "A few times.", stage: "stretched" },
      { id: "hardly", label: "Hardly ever.", stage: "strained" },
      {
        id: "stopped",
        label: "Never. I've stopped doing things I enjoy.",
        stage: "struggling",
      },
    ],
  },
  {
    id: "coping-substances",
    domain: "coping",
    quick: true,
    question:
      "Lately, have you used alcohol, drugs or other substances more than usual to get through?",
    why: "Many people drink or use more when work is hard. We ask without judging, so the tips can fit you.",
    options: [
      { id: "no", label: "No, not more than usual.", stage: "steady" },
      { id: "bit-more", label: "A little more than usual.", stage: "stretched" },
      { id: "lot-more", label: "A lot more than usual.", stage: "strained", holds: "strained" },
      {
        id: "cannot-cope",
        label: "I feel I can't cope without them.",
        stage: "struggling",
        holds: "struggling",
      },
    ],
  },
  {
    id: "coping-blocking",
    domain: "coping",
    question:
      "In the last two weeks, how often have you used screens, food or keeping busy to block out how you feel?",
    why: "We all switch off sometimes. Doing it a lot can be a sign you are carrying more than you can feel right now.",
    options: [
      { id: "rarely", label: "Rarely.", stage: "steady" },
      { id: "sometimes", label: "Sometimes.", stage: "stretched" },
      { id: "often", label: "Often.", stage: "strained", patterns: ["shut-down"] },
      {
        id: "most-of-time",
        label: "Most of the time.",
        stage: "struggling",
        patterns: ["shut-down"],
      },
    ],
  },
  // Hope and meaning
  {
    id: "hope-future",
    domain: "hope",
    quick: true,
    question: "Lately, how do you feel when you think about the months ahead?",
    why: "Hope helps people get through hard times. Losing it is a sign that you deserve more support.",
    options: [
      {
        id: "hopeful",
        label: "Hopeful. I can see good things ahead.",
        stage: "steady",
        patterns: ["settled"],
      },
      { id: "mostly-okay", label: "Mostly okay, with some worries.", stage: "stretched" },
      { id: "gloomy", label: "Worried or gloomy a lot.", stage: "strained" },
      {
        id: "hopeless",
        label: "Hopeless. I can't see things getting better.",
        stage: "struggling",
        holds: "struggling",
      },
    ],
  },
  {
    id: "hope-matters",
    domain: "hope",
    question:
      "In the last two weeks, how often have you felt that there are things in life that matter to you?",
    why: "Knowing what matters to you gives you something to hold on to when work is hard.",
    options: [
      { id: "often", label: "Often.", stage: "steady", patterns: ["settled"] },
      { id: "sometimes", label: "Sometimes.", stage: "stretched" },
      { id: "rarely", label: "Rarely.", stage: "strained" },
      {
        id: "almost-never",
        label: "Almost never.",
        stage: "struggling",
        holds: "struggling",
      },
    ],
  },
  {
    id: "safety-self-harm",
    domain: "hope",
    question:
      "In the last two weeks, have you had thoughts of hurting yourself or ending your life?",
    why: "These thoughts are more common than people think, and support helps. If you say yes, we will show you where to get help straight away. This answer is never scored.",
    redFlag: "self-harm",
    contentNote:
      "The next question is about suicide and self-harm. You can skip it. If you answer yes, we will show you support first.",
    options: [
      { id: "no", label: "No." },
      { id: "passing", label: "Once or twice, and they passed.", flag: true },
      { id: "sometimes", label: "Yes, sometimes.", flag: true },
      { id: "often", label: "Yes, a lot of the time.", flag: true },
    ],
  },
  {
    id: "safety-harm-others",
    domain: "hope",
    question: "In the last two weeks, have you had thoughts of harming someone else?",
    why: "Hard work and what we see can bring up frightening thoughts. A thought is not the same as acting on it, and help is there. If you say yes, we will show you who can help. This answer is never scored.",
    redFlag: "harm-others",
    contentNote: "The next question asks about thoughts of harming someone else. You can skip it.",
    options: [
      { id: "no", label: "No." },
      { id: "passing", label: "Yes, but they passed.", flag: true },
      { id: "yes", label: "Yes, and they worry me.", flag: true },
    ],
  },
  {
    id: "safety-unsafe",
    domain: "hope",
    question: "Right now, do you feel safe at home and at work?",
    why: "Everyone deserves to be safe. If someone hurts, scares or controls you, at home or at work, it is not your fault, and there is help. This answer is never scored.",
    redFlag: "unsafe",
    contentNote: "The next question asks if you feel safe at home and at work. You can skip it.",
    options: [
      { id: "safe", label: "Yes, I feel safe at home and at work." },
      { id: "home", label: "I don't feel safe at home.", flag: true, kind: "home" },
      { id: "work", label: "I don't feel safe at work.", flag: true, kind: "work" },
      { id: "both", label: "I don't feel safe at home or at work.", flag: true },
      { id: "not-sure", label: "I'm not sure.", flag: true },
    ],
  },
  // Exposure to distressing work
  {
    id: "exposure-amount",
    domain: "exposure",
    question:
      "In the last two weeks, how much of your work has involved other people's pain, loss or trauma?",
    why: "Hearing about or seeing other people's trauma can affect anyone. How much you meet, and how much time you get to recover, both matter.",
    options: [
      { id: "little", label: "Very little.", stage: "steady" },
      { id: "some", label: "Some, with time to recover.", stage: "steady" },
      { id: "a-lot", label: "A lot, with little time to recover.", stage: "stretched" },
      {
        id: "most",
        label: "Most of it, with no time to recover.",
        stage: "strained",
        patterns: ["on-edge"],
      },
    ],
  },
  {
    id: "exposure-intrusive",
    domain: "exposure",
    quick: true,
    question:
      "Lately, have pictures, sounds or stories from work come back into your mind when you didn't want them to?",
    why: "Memories from hard work that pop up uninvited are a common sign of secondary or vicarious trauma: the effect other people's trauma can have on you. They often ease with support.",
    options: [
      { id: "no", label: "No.", stage: "steady" },
      { id: "now-and-then", label: "Now and then, and they pass.", stage: "stretched" },
      {
        id: "often",
        label: "Often, and they upset me.",
        stage: "strained",
        holds: "strained",
        patterns: ["on-edge"],
      },
      {
        id: "most-days",
        label: "Most days, and they feel very real.",
        stage: "struggling",
        holds: "struggling",
        patterns: ["on-edge"],
      },
    ],
  },
  {
    id: "exposure-avoid",
    domain: "exposure",
    question:
      "Lately, have you kept away from people, places or tasks that remind you of hard things at work?",
    why: "Keeping away from reminders is a natural way to cope. If it grows, it can shrink your life and your work.",
    options: [
      { id: "no", label: "No.", stage: "steady" },
      { id: "a-little", label: "A little.", stage: "stretched" },
      { id: "quite-a-lot", label: "Quite a lot.", stage: "strained", patterns: ["shut-down"] },
      {
        id: "a-lot",
        label: "A lot. It affects my work or my life.",
        stage: "struggling",
        patterns: ["shut-down"],
      },
    ],
  },
];
