import type { Organisation } from "../../domain/pack/schema";

/**
 * For teams and organisations: the principles a team reflects on, the pledge's five
 * areas and starters for key actions. Written by us; facts from the pledge pages
 * (five areas, two key actions a year, the kinds of action) carry over, their words do not.
 */
export const organisation: Organisation = {
  principles: [
    {
      id: "safety",
      name: "Safety",
      description:
        "People feel safe here, in body and in mind. The place and the way we work help, not harm.",
      statements: [
        {
          id: "safety-1",
          text: "Staff know what to do and who to go to after a hard day or event.",
        },
        { id: "safety-2", text: "Our rooms and spaces feel calm and welcoming." },
        { id: "safety-3", text: "People can say something is wrong without fear." },
      ],
    },
    {
      id: "trust",
      name: "Trust",
      description: "We are open and clear. We do what we say, and we explain why when we cannot.",
      statements: [
        { id: "trust-1", text: "Staff hear about changes early, and why they are made." },
        { id: "trust-2", text: "Leaders do what they say they will do." },
        { id: "trust-3", text: "People know what happens to what they tell us." },
      ],
    },
    {
      id: "choice",
      name: "Choice",
      description: "People have a say in what happens to them and in how they work.",
      statements: [
        { id: "choice-1", text: "Staff have a say in how their work is planned." },
        { id: "choice-2", text: "The people we serve are offered real choices." },
        { id: "choice-3", text: "It is fine to say no, or not now." },
      ],
    },
    {
      id: "collaboration",
      name: "Working together",
      description: "We share power and make plans with people, not for them.",
      statements: [
        { id: "collaboration-1", text: "We plan changes with the staff they affect." },
        { id: "collaboration-2", text: "Teams help each other and share what works." },
        { id: "collaboration-3", text: "We work well with other services around the same person." },
      ],
    },
    {
      id: "empowerment",
      name: "Strength and growth",
      description: "We notice what people are good at and help them grow.",
      statements: [
        { id: "empowerment-1", text: "Staff get time to learn and to think about their work." },
        { id: "empowerment-2", text: "We name what people do well, out loud." },
        { id: "empowerment-3", text: "People can try new ideas and learn from how they go." },
      ],
    },
    {
      id: "equity",
      name: "Fairness and inclusion",
      description: "Everyone is treated fairly. We see and change what holds some people back.",
      statements: [
        { id: "equity-1", text: "We look at who our service works less well for, and act on it." },
        { id: "equity-2", text: "Staff from every background feel they belong here." },
        { id: "equity-3", text: "We take action when someone is treated unfairly." },
      ],
    },
    {
      id: "staff-wellbeing",
      name: "Staff wellbeing",
      description:
        "We care for the people who do the work. Hearing about hard things every day takes a toll.",
      statements: [
        {
          id: "staff-wellbeing-1",
          text: "Staff have regular time to talk about hard cases, with support.",
        },
        {
          id: "staff-wellbeing-2",
          text: "Managers notice when someone is carrying too much, and help.",
        },
        { id: "staff-wellbeing-3", text: "Breaks, leave and reasonable hours are normal here." },
      ],
    },
    {
      id: "lived-experience",
      name: "Learning from lived experience",
      description: "People who have been through it help shape what we do.",
      statements: [
        { id: "lived-experience-1", text: "People who use our service help plan and check it." },
        { id: "lived-experience-2", text: "Staff with their own lived experience feel valued." },
        { id: "lived-experience-3", text: "We change things because of what people tell us." },
      ],
    },
  ],
  pledgeFramework: {
    id: "five-areas",
    name: "Five areas to commit to",
    commitments: [
      {
        id: "lived-experience",
        title: "Value lived experience",
        text: "Ask people who have been through it to help shape the service, and act on what they say.",
      },
      {
        id: "brave-leadership",
        title: "Brave leadership",
        text: "Leaders speak up, own the hard things and make room for change.",
      },
      {
        id: "learning",
        title: "Training and learning",
        text: "Help staff at every level learn how trauma affects people, and what helps.",
      },
      {
        id: "staff-wellbeing",
        title: "Staff wellbeing",
        text: "Look after the people who do the work, with time, support and fair loads.",
      },
      {
        id: "improving",
        title: "Check, learn and improve",
        text: "Keep track of how it is going, learn from it and change what needs to change. Collect people's stories too, with their consent.",
      },
    ],
  },
  actionExamples: [
    {
      id: "steering-group",
      title: "Set up a steering group",
      text: "A small group from across the teams meets each month to guide the work and check how it goes.",
      principles: ["collaboration", "trust"],
    },
    {
      id: "policy-review",
      title: "Look at our policies again",
      text: "Read key policies with fresh eyes. Ask: could this harm or upset someone? What would feel safer?",
      principles: ["safety", "choice", "equity"],
    },
    {
      id: "manager-training",
      title: "Train line managers",
      text: "Help managers spot the signs that hearing about others' trauma is wearing staff down, and know how to help.",
      principles: ["staff-wellbeing", "empowerment"],
    },
    {
      id: "champion",
      title: "Name a champion",
      text: "One person in each team keeps this work in view and shares ideas.",
      principles: ["empowerment", "collaboration"],
    },
    {
      id: "reflective-space",
      title: "Make time to talk after hard days",
      text: "Set a regular time for the team to talk through hard work, with someone to lead it.",
      principles: ["staff-wellbeing", "safety"],
    },
    {
      id: "welcome-check",
      title: "Check how our spaces feel",
      text: "Walk through the places people wait and meet. Notice noise, light and signs. Fix what you can.",
      principles: ["safety", "trust"],
    },
    {
      id: "lived-experience-panel",
      title: "Ask people who use the service",
      text: "Invite people with lived experience to look at a part of the service and pay them for their time.",
      principles: ["lived-experience", "choice"],
    },
    {
      id: "collect-stories",
      title: "Collect stories of change",
      text: "Write down what changed and what you learnt, with names and details taken out, and share them with consent.",
      principles: ["lived-experience", "empowerment"],
    },
  ],
};
