import type { Grounding } from "../../domain/pack/schema";

/**
 * Grounding exercises. Outward-focused ones come first: breath and body focus can
 * stir up panic or old memories for some people, so every exercise is an
 * invitation, eyes can stay open, and you can stop at any time.
 */
const breathCaution =
  "Focusing on your breath does not suit everyone. If you feel dizzy, panicky or far away, stop and breathe as you normally do. The 5-4-3-2-1 exercise may suit you better. You can keep your eyes open.";

export const grounding: Grounding[] = [
  {
    id: "five-senses",
    title: "5-4-3-2-1: notice what is around you",
    intro:
      "This turns your attention to the world around you. It can help when your mind is racing or you feel far away. Keep your eyes open.",
    focus: "outward",
    caution:
      "Skip any step that does not feel right, and stop whenever you like. There is no wrong way to do this.",
    steps: [
      { text: "Look around. Name five things you can see." },
      {
        text: "Notice four things you can feel, like your feet on the floor or the chair under you.",
      },
      { text: "Listen. Name three things you can hear." },
      { text: "Notice two things you can smell, or think of two smells you like." },
      { text: "Notice one thing you can taste, or take a sip of a drink." },
      { text: "Take a moment. Notice how you feel now." },
    ],
  },
  {
    id: "hold-an-object",
    title: "Hold something and describe it",
    intro:
      "Giving your full attention to an object can bring you back to the here and now. It works anywhere, and nobody needs to know you are doing it.",
    focus: "outward",
    caution: "Stop whenever you like. Pick anything that feels safe to hold.",
    steps: [
      { text: "Pick up something near you, like a pen, a mug or a key." },
      { text: "Feel its weight. Is it heavy or light?" },
      { text: "Notice if it is warm or cool, smooth or rough." },
      { text: "Look at its colours, edges and shape." },
      { text: "Describe it to yourself in as much detail as you can." },
    ],
  },
  {
    id: "box-breathing",
    title: "Box breathing",
    intro:
      "Breathing in an even pattern can help a racing body slow down. Picture the four sides of a box, one for each step.",
    focus: "breath",
    caution: breathCaution,
    steps: [
      { text: "Breathe in gently through your nose.", seconds: 4 },
      { text: "Hold your breath gently, if that feels okay.", seconds: 4 },
      { text: "Breathe out slowly.", seconds: 4 },
      { text: "Rest before the next breath.", seconds: 4 },
      { text: "Repeat for a few rounds, for as long as it feels okay." },
    ],
  },
  {
    id: "cyclic-sigh",
    title: "The double sigh",
    intro:
      "Two breaths in and one long breath out. A long out-breath can help your body calm down. A few minutes a day may lift your mood.",
    focus: "breath",
    caution: breathCaution,
    steps: [
      { text: "Breathe in through your nose.", seconds: 2 },
      { text: "Take a second, shorter breath in on top, to fill up.", seconds: 1 },
      { text: "Breathe out slowly through your mouth, all the way.", seconds: 6 },
      { text: "Repeat for up to five minutes, or stop sooner if you like." },
    ],
  },
  {
    id: "paced-breathing",
    title: "Counted breathing",
    intro: "Slow, even breaths with no holding. Counting gives your mind something simple to do.",
    focus: "breath",
    caution: breathCaution,
    steps: [
      { text: "Breathe in while you count slowly to five.", seconds: 5 },
      { text: "Breathe out while you count slowly to five.", seconds: 5 },
      { text: "Keep going for three to five minutes, if it feels okay." },
    ],
  },
  {
    id: "muscle-relaxation",
    title: "Tense and let go",
    intro:
      "Gently tensing and then relaxing your muscles can ease stress held in the body. Keep your eyes open or closed, whichever feels better.",
    focus: "body",
    caution:
      "Skip this one if you have muscle pain, an injury, or heart or blood pressure problems, unless a doctor has said it is fine. Only tense gently. Stop at any time. When you finish, sit for a moment and stand up slowly.",
    steps: [
      { text: "Sit comfortably with your feet on the floor." },
      { text: "Make fists with your hands and squeeze gently.", seconds: 5 },
      { text: "Let go. Notice the difference.", seconds: 30 },
      { text: "Lift your shoulders towards your ears.", seconds: 5 },
      { text: "Let them drop and rest.", seconds: 30 },
      { text: "Press your feet into the floor.", seconds: 5 },
      { text: "Let your legs and feet relax.", seconds: 30 },
      { text: "Sit for a moment before you stand up slowly." },
    ],
  },
];
