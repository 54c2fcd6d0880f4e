export default defineBackground(() => {
  // Wired up in later steps.
});
