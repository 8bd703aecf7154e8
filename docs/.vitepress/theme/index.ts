import type { Theme } from "vitepress";
import DefaultTheme from "vitepress/theme";
import RunExample from "./RunExample.vue";
import "./style.css";

/** The default theme plus `<RunExample name="NN-topic" />`, an editable example that runs in the page. */
const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component("RunExample", RunExample);
  },
};

export default theme;
