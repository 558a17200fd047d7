// The peer of the navigation benchmark: React 19 and react-body-highlighter's front body model,
// as an app would embed it. bench.mjs bundles this file into build/peer.js (esbuild, production,
// minified). Like Body Map, it answers a click by changing its state and, once that state is
// rendered, fires a bubbling `peer-change` event on its host element.
import { useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import Model from "react-body-highlighter";

/** What the page shows highlighted from the start: a few muscles, one worked twice. */
const EXERCISES = [
  { name: "Neck and shoulders", muscles: ["neck", "trapezius"] },
  { name: "Push-ups", muscles: ["chest", "triceps", "front-deltoids"] },
  { name: "Crunches", muscles: ["abs", "obliques"], frequency: 2 },
];

function Peer({ host }) {
  const [selected, setSelected] = useState([]);
  const mounted = useRef(false);

  // The first render is not a change; every later selection is reported once it is drawn.
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    host.dispatchEvent(new CustomEvent("peer-change", { bubbles: true, detail: { muscles: selected } }));
  }, [host, selected]);

  const toggleMuscle = ({ muscle }) =>
    setSelected((now) => (now.includes(muscle) ? now.filter((m) => m !== muscle) : [...now, muscle]));
  const data = selected.length ? [...EXERCISES, { name: "Selected", muscles: selected }] : EXERCISES;

  return <Model type="anterior" data={data} onClick={toggleMuscle} style={{ width: "20rem", padding: "2rem" }} />;
}

const host = document.getElementById("peer");
createRoot(host).render(<Peer host={host} />);
